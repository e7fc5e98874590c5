package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.ListPersonsPort;
import dev.opencif.application.shared.ConsentScope;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.PersonRecord;
import dev.opencif.application.shared.PersonRole;
import dev.opencif.application.shared.PersonScope;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.RelationType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The persons of a scope in SQL: the customers in the scope ({@code customer.counterparty_id}, or an effective agreement
 * found in {@code ix_agreement_consent}) and the persons that represent one of them, paged along the CIF index with a
 * probe per row, counted exactly with one UNION over the indexes, their roles read for the page only. No scope is ever
 * loaded into memory; the exact count is the cost that grows with the scope (docs/performance.md).
 */
final class JdbcPersons implements ListPersonsPort {
    private static final String EFFECTIVE = "a.agreement_type = ? AND a.grantee = ? AND a.status = 'ACTIVE'"
            + " AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)";

    private final JdbcUnitOfWork uow;

    JdbcPersons(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    /** A scope's SQL: whether the customer whose id is {@code idColumn} is in it, and its parameters. */
    private record Scope(PersonScope scope) {
        String holds(String idColumn) {
            return scope.counterparty() != null
                    ? "EXISTS (SELECT 1 FROM customer h WHERE h.id = " + idColumn + " AND h.counterparty_id = ?)"
                    : "EXISTS (SELECT 1 FROM agreement a WHERE a.customer_id = " + idColumn + " AND " + EFFECTIVE + ")";
        }

        /** The ids of the scope's customers, as a sub-select. */
        String holderIds() {
            return scope.counterparty() != null ? "SELECT h.id FROM customer h WHERE h.counterparty_id = ?"
                    : "SELECT a.customer_id FROM agreement a WHERE " + EFFECTIVE;
        }

        List<Object> params() {
            if (scope.counterparty() != null) {
                return List.of(scope.counterparty().value());
            }
            ConsentScope consent = scope.consent();
            return List.of(consent.type().name(), consent.grantee(), consent.day(), consent.day());
        }

        /**
         * Whether {@code c.id} is a person of the scope: a customer in it, or a representative of one. One correlated
         * {@code EXISTS} over a {@code UNION ALL}, so that both databases probe the indexes row by row along the CIF order
         * (an {@code OR} of two {@code EXISTS} lets PostgreSQL hash the whole scope first).
         */
        String isPerson() {
            String holder = scope.counterparty() != null
                    ? "SELECT 1 FROM customer h WHERE h.id = c.id AND h.counterparty_id = ?"
                    : "SELECT 1 FROM agreement a WHERE a.customer_id = c.id AND " + EFFECTIVE;
            String represented = scope.counterparty() != null
                    ? "SELECT 1 FROM customer_representative r JOIN customer h ON h.id = r.customer_id AND h.counterparty_id = ?"
                    : "SELECT 1 FROM customer_representative r JOIN agreement a ON a.customer_id = r.customer_id AND " + EFFECTIVE;
            return "EXISTS (" + holder + " UNION ALL " + represented + " WHERE r.person_id = c.id)";
        }

        List<Object> isPersonParams() {
            List<Object> out = new ArrayList<>(params());
            out.addAll(params());
            return out;
        }
    }

    @Override
    public Page<PersonRecord> persons(PersonScope scope, PageRequest page) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(page, "page");
        Scope s = new Scope(scope);
        String count = "SELECT COUNT(*) FROM (" + s.holderIds() + " UNION SELECT r.person_id FROM customer_representative r"
                + " WHERE " + s.holds("r.customer_id") + ") p";
        List<Object> countParams = new ArrayList<>(s.params());
        countParams.addAll(s.params());
        String pageSql = CustomerRows.SELECT_CUSTOMER + " WHERE " + s.isPerson() + " ORDER BY c.cif LIMIT ? OFFSET ?";
        List<Object> pageParams = new ArrayList<>(s.isPersonParams());
        pageParams.add(page.limit());
        pageParams.add(page.offset());
        return uow.read(c -> {
            long total = PlainSql.single(c, count, countParams.toArray());
            if (total <= page.offset()) {
                return new Page<>(List.of(), total, page);
            }
            List<CustomerState> persons = JdbcCustomerStore.load(c, PlainSql.list(c, pageSql, CustomerRows::customerRow,
                    pageParams.toArray()));
            List<PersonRecord> records = withRoles(c, s, persons);
            return new Page<>(records, Math.max(total, records.size()), page);
        });
    }

    @Override
    public Optional<PersonRecord> person(PersonScope scope, CustomerId person) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(person, "person");
        Scope s = new Scope(scope);
        return uow.read(c -> {
            List<CustomerState> found = JdbcCustomerStore.load(c, PlainSql.list(c, JdbcCustomerStore.BY_ID,
                    CustomerRows::customerRow, person.value()));
            List<PersonRecord> records = withRoles(c, s, found);
            return records.isEmpty() ? Optional.<PersonRecord>empty() : Optional.of(records.get(0));
        });
    }

    /**
     * The persons with their roles in the scope, in the given order; a person without a role (not in the scope) is left
     * out. The HOLDER role first, then the represented customers' roles by their CIF and the representatives' order.
     */
    private static List<PersonRecord> withRoles(Connection c, Scope s, List<CustomerState> persons) throws SQLException {
        if (persons.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = persons.stream().map(p -> p.id().value()).toList();
        String in = "?, ".repeat(ids.size() - 1) + "?";
        List<Object> holderParams = new ArrayList<>(ids);
        holderParams.addAll(s.params());
        Set<UUID> holders = new HashSet<>(PlainSql.list(c, "SELECT c.id FROM customer c WHERE c.id IN (" + in + ") AND "
                + s.holds("c.id"), rs -> Rows.uuid(rs, 1), holderParams.toArray()));
        Map<UUID, List<PersonRole>> represented = new HashMap<>();
        List<Object> roleParams = new ArrayList<>(ids);
        roleParams.addAll(s.params());
        PlainSql.list(c, "SELECT r.person_id, r.customer_id, r.relation FROM customer_representative r"
                + " JOIN customer rc ON rc.id = r.customer_id WHERE r.person_id IN (" + in + ") AND " + s.holds("r.customer_id")
                + " ORDER BY rc.cif, r.list_index", rs -> {
                    represented.computeIfAbsent(Rows.uuid(rs, 1), k -> new ArrayList<>()).add(new PersonRole(
                            new CustomerId(Rows.uuid(rs, 2)), Rows.enumValue(rs, 3, RelationType.class)));
                    return null;
                }, roleParams.toArray());
        List<PersonRecord> records = new ArrayList<>(persons.size());
        for (CustomerState person : persons) {
            List<PersonRole> roles = new ArrayList<>();
            if (holders.contains(person.id().value())) {
                roles.add(new PersonRole(person.id(), RelationType.HOLDER));
            }
            roles.addAll(represented.getOrDefault(person.id().value(), List.of()));
            if (!roles.isEmpty()) {
                records.add(new PersonRecord(person, List.copyOf(roles)));
            }
        }
        return records;
    }
}
