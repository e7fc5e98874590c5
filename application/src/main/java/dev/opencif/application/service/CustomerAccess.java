package dev.opencif.application.service;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.shared.ConsentScope;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.PersonScope;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.NotFoundException;
import java.util.Optional;

/**
 * Resolves a {@link CustomerRef} to a stored customer and applies the {@link Viewer}'s visibility:
 * a customer the viewer may not see is NOT_FOUND, exactly like one that does not exist.
 */
public final class CustomerAccess {
    private final OpenCifPorts ports;

    CustomerAccess(OpenCifPorts ports) {
        this.ports = ports;
    }

    /** The customer, as the bank sees it. */
    public Customer require(CustomerRef ref) {
        return find(ref).orElseThrow(() -> new NotFoundException("Customer", ref.describe()));
    }

    /** The customer, if the viewer may see it. */
    public Customer require(CustomerRef ref, Viewer viewer) {
        return find(ref).filter(c -> isVisible(c, viewer))
                .orElseThrow(() -> new NotFoundException("Customer", ref.describe()));
    }

    /**
     * The customer, as the bank sees it, with its row locked until the unit of work ends: writes whose rules
     * depend on the customer's state (blacklisting, account opening, holds) take it first so they serialise.
     */
    public Customer requireForUpdate(CustomerRef ref) {
        return findForUpdate(ref).orElseThrow(() -> new NotFoundException("Customer", ref.describe()));
    }

    /** The customer, locked as {@link #requireForUpdate(CustomerRef)}, if the viewer may see it. */
    public Customer requireForUpdate(CustomerRef ref, Viewer viewer) {
        return findForUpdate(ref).filter(c -> isVisible(c, viewer))
                .orElseThrow(() -> new NotFoundException("Customer", ref.describe()));
    }

    private Optional<Customer> findForUpdate(CustomerRef ref) {
        Optional<CustomerId> id = ref instanceof CustomerRef.ById byId ? Optional.of(byId.id()) : find(ref).map(Customer::id);
        return id.flatMap(ports.loadCustomer()::findByIdForUpdate);
    }

    public Optional<Customer> find(CustomerRef ref) {
        if (ref instanceof CustomerRef.ById byId) {
            return ports.loadCustomer().findById(byId.id());
        }
        if (ref instanceof CustomerRef.ByNumber byNumber) {
            return ports.loadCustomer().findByNumber(byNumber.number());
        }
        return ports.loadCustomer().findByIdentifier(((CustomerRef.ByIdentifier) ref).identifier(), null);
    }

    public boolean isVisible(Customer customer, Viewer viewer) {
        return switch (viewer.kind()) {
            case BANK -> true;
            case COUNTERPARTY -> viewer.counterparty().equals(customer.state().counterparty());
            case SERVICE_USER -> ports.agreements().isInScope(customer.id(), consent(viewer));
        };
    }

    /** The customers an open-finance service user sees now: those with an effective OPEN_FINANCE consent to it. */
    ConsentScope consent(Viewer viewer) {
        return ConsentScope.openFinance(viewer.serviceUser(), ports.clock().instant());
    }

    /** The persons a counterparty or service user sees: its customers (or consenting ones) and their representatives. */
    PersonScope persons(Viewer viewer) {
        return switch (viewer.kind()) {
            case COUNTERPARTY -> PersonScope.ofCounterparty(viewer.counterparty());
            case SERVICE_USER -> PersonScope.consentedTo(consent(viewer));
            case BANK -> throw new IllegalArgumentException("the bank's persons are every customer: no scope");
        };
    }
}
