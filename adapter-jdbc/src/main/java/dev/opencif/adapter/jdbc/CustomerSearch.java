package dev.opencif.adapter.jdbc;

import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.domain.customer.CustomerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link CustomerFilter} as SQL: a WHERE clause assembled from fixed fragments, one per filter present, and
 * the binder of their parameters. Names, surnames, paternal names and logins compare on lower-cased columns
 * written by the adapter ({@link java.util.Locale#ROOT}, like the filter), so the semantics are those of
 * {@link CustomerFilter#test}.
 */
final class CustomerSearch {
    static final String SELECT = CustomerRows.SELECT_CUSTOMER;
    static final String COUNT = "SELECT COUNT(*) FROM customer c";
    static final String PAGE = " LIMIT :page_limit OFFSET :page_offset";

    private static final String COUNTERPARTY = "c.counterparty_id = :counterparty";
    private static final String IDS = "c.id IN (<customer_ids>)";
    private static final String LOGINS = "c.login_lc IN (<logins>)";
    private static final String KYC_LEVELS = "c.kyc_level IN (<kyc_levels>)";
    private static final String DISABLED = "c.disabled = :disabled";
    private static final String HAS_BALANCE = "c.balance_amount IS NOT NULL";
    private static final String MIN_BALANCE = "c.balance_amount >= :min_balance";
    private static final String MAX_BALANCE = "c.balance_amount <= :max_balance";
    private static final String ASSET_CODES = "c.balance_currency IN (<asset_codes>)";
    private static final String ASSET_ISSUERS = "c.balance_issuer IN (<asset_issuers>)";
    private static final String BRANCHES = "c.branch IN (<branches>)";
    private static final String NAMES = "c.first_name_lc IN (<names>)";
    private static final String PATERNAL_NAMES = "c.middle_name_lc IN (<paternal_names>)";
    private static final String SURNAMES = "c.last_name_lc IN (<surnames>)";
    private static final String PHONES = "c.phone IN (<phones>)";
    private static final String SEGMENTS = "c.segment IN (<segments>)";
    private static final String STATUSES = "c.status IN (<statuses>)";
    private static final String SEARCH = "(c.first_name_lc LIKE :search ESCAPE '!' OR c.last_name_lc LIKE :search ESCAPE '!'"
            + " OR c.middle_name_lc LIKE :search ESCAPE '!' OR c.login_lc LIKE :search ESCAPE '!')";
    private static final String CREATED_FROM = "c.created_at >= :created_from";
    private static final String CREATED_TO = "c.created_at <= :created_to";
    private static final String UPDATED_FROM = "c.updated_at >= :updated_from";
    private static final String UPDATED_TO = "c.updated_at <= :updated_to";

    private final List<String> conditions = new ArrayList<>();
    private final List<UnaryOperator<Query>> binders = new ArrayList<>();

    private CustomerSearch() {
    }

    static CustomerSearch of(CustomerFilter f) {
        CustomerSearch s = new CustomerSearch();
        if (f.counterparty() != null) {
            s.add(COUNTERPARTY, q -> q.bind("counterparty", f.counterparty().value()));
        }
        s.addList(IDS, "customer_ids", f.customerIds().stream().map(CustomerId::value).toList());
        s.addList(LOGINS, "logins", f.logins());
        s.addList(KYC_LEVELS, "kyc_levels", f.kycLevels().stream().map(Enum::name).toList());
        if (f.disabled() != null) {
            s.add(DISABLED, q -> q.bind("disabled", f.disabled()));
        }
        if (f.minBalanceAllowed() != null || f.maxBalanceAllowed() != null
                || !f.balanceAssetCodes().isEmpty() || !f.balanceAssetIssuers().isEmpty()) {
            s.add(HAS_BALANCE, q -> q);
        }
        if (f.minBalanceAllowed() != null) {
            s.add(MIN_BALANCE, q -> q.bind("min_balance", f.minBalanceAllowed()));
        }
        if (f.maxBalanceAllowed() != null) {
            s.add(MAX_BALANCE, q -> q.bind("max_balance", f.maxBalanceAllowed()));
        }
        s.addList(ASSET_CODES, "asset_codes", f.balanceAssetCodes());
        s.addList(ASSET_ISSUERS, "asset_issuers", f.balanceAssetIssuers());
        s.addList(BRANCHES, "branches", f.branches());
        s.addList(NAMES, "names", f.names());
        s.addList(PATERNAL_NAMES, "paternal_names", f.paternalNames());
        s.addList(SURNAMES, "surnames", f.surnames());
        s.addList(PHONES, "phones", f.phones());
        s.addList(SEGMENTS, "segments", f.segments());
        s.addList(STATUSES, "statuses", f.statuses().stream().map(Enum::name).toList());
        if (f.searchString() != null) {
            String pattern = "%" + escapeLike(f.searchString().toLowerCase(Locale.ROOT)) + "%";
            s.add(SEARCH, q -> q.bind("search", pattern));
        }
        if (f.createdFrom() != null) {
            s.add(CREATED_FROM, q -> q.bindByType("created_from", f.createdFrom(), java.time.Instant.class));
        }
        if (f.createdTo() != null) {
            s.add(CREATED_TO, q -> q.bindByType("created_to", f.createdTo(), java.time.Instant.class));
        }
        if (f.updatedFrom() != null) {
            s.add(UPDATED_FROM, q -> q.bindByType("updated_from", f.updatedFrom(), java.time.Instant.class));
        }
        if (f.updatedTo() != null) {
            s.add(UPDATED_TO, q -> q.bindByType("updated_to", f.updatedTo(), java.time.Instant.class));
        }
        return s;
    }

    /** {@code " WHERE a AND b"}, or nothing when no filter is set. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Query bind(Query query) {
        Query bound = query;
        for (UnaryOperator<Query> binder : binders) {
            bound = binder.apply(bound);
        }
        return bound;
    }

    /** The ORDER BY of an ordering: the same keys as {@link CustomerOrdering#comparator}, ties broken by id ascending. */
    static String orderBy(CustomerOrdering ordering) {
        return switch (ordering) {
            case CREATED_AT_ASC -> " ORDER BY c.created_at ASC, c.id ASC";
            case CREATED_AT_DESC -> " ORDER BY c.created_at DESC, c.id ASC";
            case UPDATED_AT_ASC -> " ORDER BY c.updated_at ASC, c.id ASC";
            case UPDATED_AT_DESC -> " ORDER BY c.updated_at DESC, c.id ASC";
            case SURNAME_ASC -> " ORDER BY c.surname_sort ASC, c.id ASC";
            case SURNAME_DESC -> " ORDER BY c.surname_sort DESC, c.id ASC";
            case CIF_ASC -> " ORDER BY c.cif ASC, c.id ASC";
            case CIF_DESC -> " ORDER BY c.cif DESC, c.id ASC";
        };
    }

    /** Escapes LIKE wildcards with {@code !} (a backslash would be read as an escape by Jdbi's SQL lexer). */
    static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private void add(String condition, UnaryOperator<Query> binder) {
        conditions.add(condition);
        binders.add(binder);
    }

    private void addList(String condition, String name, Collection<?> values) {
        if (!values.isEmpty()) {
            List<?> list = List.copyOf(values);
            add(condition, q -> q.bindList(name, list));
        }
    }
}
