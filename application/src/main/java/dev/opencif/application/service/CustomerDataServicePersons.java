package dev.opencif.application.service;

import dev.opencif.application.shared.PersonRecord;
import dev.opencif.application.shared.PersonRole;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.error.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Works out which persons (customer records) a viewer may see and the roles they hold: see {@link CustomerDataService}. */
final class CustomerDataServicePersons {
    private final ServiceContext ctx;

    CustomerDataServicePersons(ServiceContext ctx) {
        this.ctx = ctx;
    }

    /** A page of the viewer's persons, ordered by CIF. */
    Page<PersonRecord> page(Viewer viewer, PageRequest page) {
        if (viewer.kind() == Viewer.Kind.BANK) {
            Page<CustomerState> customers = ctx.ports().searchCustomers().search(CustomerFilter.ALL, CustomerOrdering.CIF_ASC, page);
            return new Page<>(merge(customers.items()), customers.total(), page);
        }
        return ctx.ports().listPersons().persons(ctx.customers().persons(viewer), page);
    }

    /** The person with its roles, if it is one of the viewer's persons; the bank sees every customer as its own HOLDER. */
    Optional<PersonRecord> find(CustomerRef ref, Viewer viewer) {
        Optional<Customer> person = ctx.customers().find(ref);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        CustomerState state = person.get().state();
        if (viewer.kind() == Viewer.Kind.BANK) {
            return Optional.of(new PersonRecord(state, List.of(new PersonRole(state.id(), RelationType.HOLDER))));
        }
        return ctx.ports().listPersons().person(ctx.customers().persons(viewer), state.id());
    }

    /** The person's customer record, if it is one of the viewer's persons; NOT_FOUND otherwise. */
    Customer require(CustomerRef ref, Viewer viewer) {
        Optional<Customer> person = ctx.customers().find(ref);
        if (person.isPresent() && (viewer.kind() == Viewer.Kind.BANK
                || ctx.ports().listPersons().person(ctx.customers().persons(viewer), person.get().id()).isPresent())) {
            return person.get();
        }
        throw new NotFoundException("Person", ref.describe());
    }

    /**
     * The bank's page of customers as persons: each as its own HOLDER plus the representative roles it holds towards
     * customers on the same page; ordered by CIF.
     */
    private static List<PersonRecord> merge(List<CustomerState> holders) {
        Map<CustomerId, CustomerState> persons = new LinkedHashMap<>();
        Map<CustomerId, List<PersonRole>> roles = new HashMap<>();
        for (CustomerState holder : holders) {
            persons.put(holder.id(), holder);
            roles.computeIfAbsent(holder.id(), id -> new ArrayList<>()).add(new PersonRole(holder.id(), RelationType.HOLDER));
        }
        for (CustomerState holder : holders) {
            for (Representative representative : holder.representatives()) {
                if (persons.containsKey(representative.person())) {
                    roles.get(representative.person()).add(new PersonRole(holder.id(), representative.relation()));
                }
            }
        }
        return persons.values().stream()
                .sorted(Comparator.comparing(CustomerState::number))
                .map(p -> new PersonRecord(p, List.copyOf(roles.get(p.id()))))
                .toList();
    }
}
