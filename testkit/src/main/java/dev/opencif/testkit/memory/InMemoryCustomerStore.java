package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.CustomerNumberPort;
import dev.opencif.application.port.out.ListPersonsPort;
import dev.opencif.application.port.out.LoadCustomerPort;
import dev.opencif.application.port.out.SaveCustomerPort;
import dev.opencif.application.port.out.SearchCustomersPort;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.PersonRecord;
import dev.opencif.application.shared.PersonRole;
import dev.opencif.application.shared.PersonScope;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.Uniqueness;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Customers in memory: keys, identifier uniqueness per {@link Uniqueness}, optimistic versions, search (with consent
 * scopes decided from the stored agreements), the persons of a scope, CIF sequence.
 */
public final class InMemoryCustomerStore implements LoadCustomerPort, SaveCustomerPort, SearchCustomersPort, CustomerNumberPort,
        ListPersonsPort {
    /** The first CIF issued, so numbers look like a real bank's. */
    public static final long FIRST_CUSTOMER_NUMBER = 1_000_000_001L;

    private final InMemoryDatabase db;
    private final AtomicLong nextNumber = new AtomicLong(FIRST_CUSTOMER_NUMBER);

    InMemoryCustomerStore(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public CustomerNumber nextCustomerNumber() {
        return db.locked(() -> {
            long candidate;
            do {
                candidate = nextNumber.getAndIncrement();
            } while (numberTaken(new CustomerNumber(candidate)));
            return new CustomerNumber(candidate);
        });
    }

    private boolean numberTaken(CustomerNumber number) {
        return db.customers.values().stream().anyMatch(c -> c.number().equals(number));
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        Objects.requireNonNull(id, "id");
        return db.locked(() -> Optional.ofNullable(db.customers.get(id)).map(Customer::restore));
    }

    /** The in-memory database is serialisable (a unit of work holds its one lock), so this is {@link #findById}. */
    @Override
    public Optional<Customer> findByIdForUpdate(CustomerId id) {
        return findById(id);
    }

    @Override
    public Optional<Customer> findByNumber(CustomerNumber number) {
        Objects.requireNonNull(number, "number");
        return db.locked(() -> db.customers.values().stream().filter(c -> c.number().equals(number)).findFirst()
                .map(Customer::restore));
    }

    @Override
    public Optional<Customer> findByIdentifier(Identifier identifier, CounterpartyId counterparty) {
        Objects.requireNonNull(identifier, "identifier");
        return db.locked(() -> db.customers.values().stream()
                .filter(c -> holds(c, identifier))
                .filter(c -> identifier.type().uniqueness() != Uniqueness.PER_COUNTERPARTY
                        || Objects.equals(c.counterparty(), counterparty))
                .min(Comparator.comparing(CustomerState::createdAt))
                .map(Customer::restore));
    }

    @Override
    public List<Customer> findAllById(Collection<CustomerId> ids) {
        Objects.requireNonNull(ids, "ids");
        return db.locked(() -> ids.stream().distinct().map(db.customers::get).filter(Objects::nonNull)
                .map(Customer::restore).toList());
    }

    @Override
    public Customer save(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        CustomerState state = customer.state();
        return db.locked(() -> {
            CustomerState stored = db.customers.get(state.id());
            if (state.version() == 0) {
                if (stored != null) {
                    throw new AlreadyExistsException("Customer", state.id().toString());
                }
            } else if (stored == null || stored.version() != state.version()) {
                throw new ConflictException("Customer", state.id().toString(), state.version());
            }
            for (Representative representative : state.representatives()) {
                if (!representative.person().equals(state.id())) {
                    db.requireCustomer(representative.person());
                }
            }
            for (CustomerState other : db.customers.values()) {
                if (other.id().equals(state.id())) {
                    continue;
                }
                if (other.number().equals(state.number())) {
                    throw new AlreadyExistsException("Customer", "CIF " + state.number());
                }
                for (Identifier identifier : state.identifiers()) {
                    if (clashes(identifier, state.counterparty(), other)) {
                        throw new DuplicateIdentifierException(identifier.type().name());
                    }
                }
            }
            CustomerState next = withVersion(state, state.version() + 1);
            Customer restored = Customer.restore(next);
            db.put(db.customers, next.id(), next);
            return restored;
        });
    }

    @Override
    public Page<CustomerState> search(CustomerFilter filter, CustomerOrdering ordering, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(ordering, "ordering");
        Objects.requireNonNull(page, "page");
        List<CustomerState> matches = db.locked(() -> db.customers.values().stream().filter(filter::test)
                .filter(c -> filter.consent() == null || db.inScope(c.id(), filter.consent()))
                .sorted(ordering.comparator()).toList());
        return Page.of(matches, page);
    }

    @Override
    public Page<PersonRecord> persons(PersonScope scope, PageRequest page) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(page, "page");
        return Page.of(db.locked(() -> db.customers.values().stream()
                .sorted(Comparator.comparing(CustomerState::number))
                .map(c -> personOf(scope, c))
                .flatMap(Optional::stream)
                .toList()), page);
    }

    @Override
    public Optional<PersonRecord> person(PersonScope scope, CustomerId person) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(person, "person");
        return db.locked(() -> Optional.ofNullable(db.customers.get(person)).flatMap(c -> personOf(scope, c)));
    }

    /** The customer as a person of the scope: its HOLDER role if in scope, then its representations, by CIF. */
    private Optional<PersonRecord> personOf(PersonScope scope, CustomerState person) {
        List<PersonRole> roles = new ArrayList<>();
        if (inScope(scope, person)) {
            roles.add(new PersonRole(person.id(), RelationType.HOLDER));
        }
        db.customers.values().stream()
                .filter(holder -> inScope(scope, holder))
                .sorted(Comparator.comparing(CustomerState::number))
                .forEach(holder -> holder.representatives().stream()
                        .filter(r -> r.person().equals(person.id()))
                        .forEach(r -> roles.add(new PersonRole(holder.id(), r.relation()))));
        return roles.isEmpty() ? Optional.empty() : Optional.of(new PersonRecord(person, List.copyOf(roles)));
    }

    private boolean inScope(PersonScope scope, CustomerState customer) {
        return scope.counterparty() != null ? scope.counterparty().equals(customer.counterparty())
                : db.inScope(customer.id(), scope.consent());
    }

    private static boolean clashes(Identifier identifier, CounterpartyId counterparty, CustomerState other) {
        Uniqueness uniqueness = identifier.type().uniqueness();
        if (uniqueness == Uniqueness.NONE) {
            return false;
        }
        if (uniqueness == Uniqueness.PER_COUNTERPARTY && !Objects.equals(counterparty, other.counterparty())) {
            return false;
        }
        return holds(other, identifier);
    }

    private static boolean holds(CustomerState customer, Identifier identifier) {
        return customer.identifiers().stream()
                .anyMatch(i -> i.type() == identifier.type() && i.uniqueKey().equals(identifier.uniqueKey()));
    }

    private static CustomerState withVersion(CustomerState s, long version) {
        return new CustomerState(s.id(), s.number(), s.type(), s.name(), s.birthDate(), s.status(), s.segment(), s.branch(),
                s.counterparty(), s.disabled(), s.blacklisting(), s.kyc(), s.identifiers(), s.contacts(), s.addresses(),
                s.representatives(), s.balanceAllowance(), s.picture(), s.createdAt(), s.updatedAt(), version);
    }
}
