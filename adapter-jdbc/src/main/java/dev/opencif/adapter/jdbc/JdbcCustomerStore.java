package dev.opencif.adapter.jdbc;

import dev.opencif.adapter.jdbc.CustomerRows.AddressRow;
import dev.opencif.adapter.jdbc.CustomerRows.ContactRow;
import dev.opencif.adapter.jdbc.CustomerRows.CustomerRow;
import dev.opencif.adapter.jdbc.CustomerRows.IdentifierRow;
import dev.opencif.adapter.jdbc.CustomerRows.RepresentativeRow;
import dev.opencif.application.port.out.CustomerNumberPort;
import dev.opencif.application.port.out.LoadCustomerPort;
import dev.opencif.application.port.out.SaveCustomerPort;
import dev.opencif.application.port.out.SearchCustomersPort;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.Uniqueness;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Customers in the {@code customer} table and its child tables (identifiers, addresses, contacts,
 * representatives, replaced on every save). Identifier uniqueness comes from the unique keys of
 * {@code customer_identifier}; optimistic locking from the version column; CIFs from {@code customer_number_seq}.
 */
public final class JdbcCustomerStore implements LoadCustomerPort, SaveCustomerPort, SearchCustomersPort, CustomerNumberPort {
    static final String NEXT_CIF = "SELECT nextval('customer_number_seq')";
    static final String CIF_TAKEN = "SELECT COUNT(*) FROM customer WHERE cif = ?";
    static final String BY_ID = CustomerRows.SELECT_CUSTOMER + " WHERE c.id = ?";
    /** Locks only the customer row: writers that must serialise on a customer all take it first. */
    static final String BY_ID_FOR_UPDATE = CustomerRows.SELECT_CUSTOMER + " WHERE c.id = ? FOR UPDATE";
    static final String BY_NUMBER = CustomerRows.SELECT_CUSTOMER + " WHERE c.cif = ?";
    static final String BY_IDS = CustomerRows.SELECT_CUSTOMER + " WHERE c.id IN (<ids>)";
    static final String BY_IDENTIFIER = CustomerRows.SELECT_CUSTOMER + " WHERE c.id IN (SELECT i.customer_id"
            + " FROM customer_identifier i WHERE i.identifier_type = ? AND i.lookup_key = ?)";
    static final String AND_COUNTERPARTY = " AND c.counterparty_id = ?";
    static final String AND_NO_COUNTERPARTY = " AND c.counterparty_id IS NULL";
    static final String OLDEST_FIRST = " ORDER BY c.created_at, c.row_seq LIMIT 1";

    private final JdbcUnitOfWork uow;

    JdbcCustomerStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public CustomerNumber nextCustomerNumber() {
        return uow.read(c -> {
            while (true) {
                long candidate = PlainSql.single(c, NEXT_CIF);
                if (PlainSql.single(c, CIF_TAKEN, candidate) == 0) {
                    return new CustomerNumber(candidate);
                }
            }
        });
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        Objects.requireNonNull(id, "id");
        return first(uow.read(c -> load(c, PlainSql.list(c, BY_ID, CustomerRows::customerRow, id.value()))));
    }

    @Override
    public Optional<Customer> findByIdForUpdate(CustomerId id) {
        Objects.requireNonNull(id, "id");
        if (!uow.isActive()) {
            return findById(id);
        }
        return first(uow.read(c -> load(c, PlainSql.list(c, BY_ID_FOR_UPDATE, CustomerRows::customerRow, id.value()))));
    }

    @Override
    public Optional<Customer> findByNumber(CustomerNumber number) {
        Objects.requireNonNull(number, "number");
        return first(uow.read(c -> load(c, PlainSql.list(c, BY_NUMBER, CustomerRows::customerRow, number.value()))));
    }

    @Override
    public Optional<Customer> findByIdentifier(Identifier identifier, CounterpartyId counterparty) {
        Objects.requireNonNull(identifier, "identifier");
        boolean perCounterparty = identifier.type().uniqueness() == Uniqueness.PER_COUNTERPARTY;
        String sql = BY_IDENTIFIER + (perCounterparty ? (counterparty == null ? AND_NO_COUNTERPARTY : AND_COUNTERPARTY) : "")
                + OLDEST_FIRST;
        Object[] params = perCounterparty && counterparty != null
                ? new Object[] {identifier.type().name(), identifier.uniqueKey(), counterparty.value()}
                : new Object[] {identifier.type().name(), identifier.uniqueKey()};
        return first(uow.read(c -> load(c, PlainSql.list(c, sql, CustomerRows::customerRow, params))));
    }

    @Override
    public List<Customer> findAllById(Collection<CustomerId> ids) {
        Objects.requireNonNull(ids, "ids");
        List<UUID> values = ids.stream().map(CustomerId::value).distinct().toList();
        if (values.isEmpty()) {
            return List.of();
        }
        return uow.read(c -> load(c, PlainSql.listIn(c, BY_IDS, "<ids>", values, CustomerRows::customerRow)))
                .stream().map(Customer::restore).toList();
    }

    private static Optional<Customer> first(List<CustomerState> states) {
        return states.isEmpty() ? Optional.empty() : Optional.of(Customer.restore(states.get(0)));
    }

    @Override
    public Customer save(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        CustomerState state = customer.state();
        long next = state.version() + 1;
        Customer stored = Customer.restore(withVersion(state, next));
        uow.write(c -> {
            Columns.Values values = CustomerRows.customerValues(state, next);
            if (state.version() == 0) {
                PlainSql.update(c, CustomerRows.INSERT_CUSTOMER, values.all());
            } else {
                if (PlainSql.update(c, CustomerRows.UPDATE_CUSTOMER, values.forUpdate("id", state.version())) == 0) {
                    throw new ConflictException("Customer", state.id().toString(), state.version());
                }
                CustomerRows.deleteChildren(c, state.id());
            }
            CustomerRows.insertChildren(c, state);
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_customer", () -> new AlreadyExistsException("Customer", state.id().toString()),
                "uq_customer_cif", () -> new AlreadyExistsException("Customer", "CIF " + state.number()),
                "uq_identifier_national_id", () -> new DuplicateIdentifierException("NATIONAL_ID"),
                "uq_identifier_phone", () -> new DuplicateIdentifierException("PHONE"),
                "uq_identifier_login", () -> new DuplicateIdentifierException("LOGIN"),
                "fk_customer_representative_person", () -> ConstraintViolations.missing("Customer",
                        state.representatives().stream().map(r -> r.person().toString()).toList()))));
        return stored;
    }

    @Override
    public Page<CustomerState> search(CustomerFilter filter, CustomerOrdering ordering, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(ordering, "ordering");
        Objects.requireNonNull(page, "page");
        CustomerSearch search = CustomerSearch.of(filter);
        String where = search.where();
        String pageSql = CustomerSearch.SELECT + where + CustomerSearch.orderBy(ordering) + CustomerSearch.PAGE;
        Object[] params = search.params().toArray();
        Object[] pageParams = new Object[params.length + 2];
        System.arraycopy(params, 0, pageParams, 0, params.length);
        pageParams[params.length] = page.limit();
        pageParams[params.length + 1] = page.offset();
        return uow.read(c -> {
            long total = PlainSql.single(c, CustomerSearch.COUNT + where, params);
            List<CustomerState> items = total <= page.offset() ? List.of()
                    : load(c, PlainSql.list(c, pageSql, CustomerRows::customerRow, pageParams)).stream()
                            .map(s -> Customer.restore(s).state()).toList();
            return new Page<>(items, Math.max(total, items.size()), page);
        });
    }

    /** Completes customer rows with their children, read in one query per child table, keeping the rows' order. */
    static List<CustomerState> load(Connection c, List<CustomerRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.withoutChildren().id().value()).toList();
        Map<UUID, List<Identifier>> identifiers = children(c, CustomerRows.SELECT_IDENTIFIERS, ids,
                CustomerRows::identifierRow, IdentifierRow::customerId, IdentifierRow::identifier);
        Map<UUID, List<Address>> addresses = children(c, CustomerRows.SELECT_ADDRESSES, ids,
                CustomerRows::addressRow, AddressRow::customerId, AddressRow::address);
        Map<UUID, List<ContactDetail>> contacts = children(c, CustomerRows.SELECT_CONTACTS, ids,
                CustomerRows::contactRow, ContactRow::customerId, ContactRow::contact);
        Map<UUID, List<Representative>> representatives = children(c, CustomerRows.SELECT_REPRESENTATIVES, ids,
                CustomerRows::representativeRow, RepresentativeRow::customerId, RepresentativeRow::representative);
        List<CustomerState> states = new ArrayList<>(rows.size());
        for (CustomerRow row : rows) {
            CustomerState s = row.withoutChildren();
            UUID id = s.id().value();
            states.add(new CustomerState(s.id(), s.number(), s.type(), s.name(), s.birthDate(), s.status(), s.segment(),
                    s.branch(), s.counterparty(), s.disabled(), s.blacklisting(), s.kyc(),
                    identifiers.getOrDefault(id, List.of()), contacts.getOrDefault(id, List.of()),
                    addresses.getOrDefault(id, List.of()), representatives.getOrDefault(id, List.of()),
                    s.balanceAllowance(), s.picture(), s.createdAt(), s.updatedAt(), s.version()));
        }
        return states;
    }

    private static <R, T> Map<UUID, List<T>> children(Connection c, String sql, List<UUID> ids, PlainSql.RowReader<R> reader,
                                                      Function<R, UUID> owner, Function<R, T> value) throws SQLException {
        Map<UUID, List<T>> byOwner = new HashMap<>();
        for (R row : PlainSql.listIn(c, sql, "<ids>", ids, reader)) {
            byOwner.computeIfAbsent(owner.apply(row), k -> new ArrayList<>()).add(value.apply(row));
        }
        return byOwner;
    }

    private static CustomerState withVersion(CustomerState s, long version) {
        return new CustomerState(s.id(), s.number(), s.type(), s.name(), s.birthDate(), s.status(), s.segment(), s.branch(),
                s.counterparty(), s.disabled(), s.blacklisting(), s.kyc(), s.identifiers(), s.contacts(), s.addresses(),
                s.representatives(), s.balanceAllowance(), s.picture(), s.createdAt(), s.updatedAt(), version);
    }
}
