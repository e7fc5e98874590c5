package dev.opencif.application.port.out;

import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.identifier.Identifier;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads customers by their keys. */
public interface LoadCustomerPort {

    Optional<Customer> findById(CustomerId id);

    /**
     * Inside a unit of work, loads the customer and locks its row until the unit of work ends, so writes that
     * depend on the customer's state (blacklisting, opening accounts, holds) run one after the other; outside
     * one, behaves like {@link #findById}.
     */
    Optional<Customer> findByIdForUpdate(CustomerId id);

    Optional<Customer> findByNumber(CustomerNumber number);

    /**
     * The customer holding {@code identifier}, looked up by its unique key. For
     * {@link dev.opencif.domain.identifier.Uniqueness#PER_COUNTERPARTY} identifiers (login) the
     * {@code counterparty} scopes the search ({@code null}: customers without a counterparty).
     * Identifiers that are not unique (e-mail) may match several customers: the oldest is returned.
     */
    Optional<Customer> findByIdentifier(Identifier identifier, CounterpartyId counterparty);

    /** The customers among {@code ids} that exist, in no particular order. */
    List<Customer> findAllById(Collection<CustomerId> ids);
}
