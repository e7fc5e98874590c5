package dev.opencif.application.service;

import dev.opencif.application.port.in.customer.PersonRecord;
import dev.opencif.application.port.in.customer.PersonRole;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.agreement.AgreementType;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
            return new Page<>(merge(customers.items(), Map.of()), customers.total(), page);
        }
        return Page.of(all(viewer), page);
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
        return all(viewer).stream().filter(p -> p.person().id().equals(state.id())).findFirst();
    }

    /** The person's customer record, if it is one of the viewer's persons; NOT_FOUND otherwise. */
    Customer require(CustomerRef ref, Viewer viewer) {
        Optional<Customer> person = ctx.customers().find(ref);
        if (person.isPresent() && (ctx.customers().isVisible(person.get(), viewer) || representsVisible(person.get().id(), viewer))) {
            return person.get();
        }
        throw new NotFoundException("Person", ref.describe());
    }

    private boolean representsVisible(CustomerId person, Viewer viewer) {
        return viewer.kind() != Viewer.Kind.BANK && visibleCustomers(viewer).stream()
                .flatMap(c -> c.representatives().stream())
                .anyMatch(r -> r.person().equals(person));
    }

    /** Every person of a counterparty or service user: its customers and their representatives. */
    private List<PersonRecord> all(Viewer viewer) {
        List<CustomerState> holders = visibleCustomers(viewer);
        Set<CustomerId> holderIds = new LinkedHashSet<>();
        holders.forEach(c -> holderIds.add(c.id()));
        Set<CustomerId> others = new LinkedHashSet<>();
        for (CustomerState holder : holders) {
            for (Representative representative : holder.representatives()) {
                if (!holderIds.contains(representative.person())) {
                    others.add(representative.person());
                }
            }
        }
        Map<CustomerId, CustomerState> representatives = new HashMap<>();
        if (!others.isEmpty()) {
            ctx.ports().loadCustomer().findAllById(others).forEach(c -> representatives.put(c.id(), c.state()));
        }
        return merge(holders, representatives);
    }

    /** Each holder as its own HOLDER, and each of its representatives with the relation; roles merged per person, ordered by CIF. */
    private static List<PersonRecord> merge(List<CustomerState> holders, Map<CustomerId, CustomerState> representatives) {
        Map<CustomerId, CustomerState> persons = new LinkedHashMap<>();
        Map<CustomerId, List<PersonRole>> roles = new HashMap<>();
        for (CustomerState holder : holders) {
            persons.put(holder.id(), holder);
            roles.computeIfAbsent(holder.id(), id -> new ArrayList<>()).add(new PersonRole(holder.id(), RelationType.HOLDER));
        }
        for (CustomerState holder : holders) {
            for (Representative representative : holder.representatives()) {
                CustomerState person = persons.containsKey(representative.person())
                        ? persons.get(representative.person()) : representatives.get(representative.person());
                if (person == null) {
                    continue;
                }
                persons.putIfAbsent(person.id(), person);
                roles.computeIfAbsent(person.id(), id -> new ArrayList<>()).add(new PersonRole(holder.id(), representative.relation()));
            }
        }
        return persons.values().stream()
                .sorted(Comparator.comparing(CustomerState::number))
                .map(p -> new PersonRecord(p, List.copyOf(roles.get(p.id()))))
                .toList();
    }

    /** The customers a counterparty or service user may see, ordered by CIF. */
    private List<CustomerState> visibleCustomers(Viewer viewer) {
        if (viewer.kind() == Viewer.Kind.SERVICE_USER) {
            Set<CustomerId> consented = ctx.ports().agreements().customersWithEffectiveAgreement(
                    AgreementType.OPEN_FINANCE, viewer.serviceUser(), ctx.now());
            if (consented.isEmpty()) {
                return List.of();
            }
            return ctx.ports().loadCustomer().findAllById(consented).stream()
                    .map(Customer::state)
                    .sorted(Comparator.comparing(CustomerState::number))
                    .toList();
        }
        CustomerFilter filter = CustomerFilter.ALL.withCounterparty(viewer.counterparty());
        List<CustomerState> customers = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<CustomerState> page = ctx.ports().searchCustomers().search(filter, CustomerOrdering.CIF_ASC,
                    new PageRequest(offset, PageRequest.MAX_LIMIT));
            customers.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return customers;
            }
        }
    }
}
