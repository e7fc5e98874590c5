package dev.opencif.adapter.jdbc;

import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.domain.customer.CustomerId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A {@link CustomerFilter} as SQL: a WHERE clause assembled from fixed fragments, one per filter present, and
 * their positional parameters. Names, surnames, paternal names and logins compare on lower-cased columns
 * written by the adapter ({@link java.util.Locale#ROOT}, like the filter), so the semantics are those of
 * {@link CustomerFilter#test}.
 */
final class CustomerSearch {
    static final String SELECT = CustomerRows.SELECT_CUSTOMER;
    static final String COUNT = "SELECT COUNT(*) FROM customer c";
    static final String PAGE = " LIMIT ? OFFSET ?";

    private static final String COUNTERPARTY = "c.counterparty_id = ?";
    private static final String DISABLED = "c.disabled = ?";
    private static final String CONSENTED = "EXISTS (SELECT 1 FROM agreement a WHERE a.customer_id = c.id"
            + " AND a.agreement_type = ? AND a.grantee = ? AND a.status = 'ACTIVE' AND a.start_date <= ?"
            + " AND (a.end_date IS NULL OR a.end_date >= ?))";
    private static final String HAS_BALANCE = "c.balance_amount IS NOT NULL";
    private static final String MIN_BALANCE = "c.balance_amount >= ?";
    private static final String MAX_BALANCE = "c.balance_amount <= ?";
    private static final String SEARCH = "(c.first_name_lc LIKE ? ESCAPE '!' OR c.last_name_lc LIKE ? ESCAPE '!'"
            + " OR c.middle_name_lc LIKE ? ESCAPE '!' OR c.login_lc LIKE ? ESCAPE '!')";
    private static final String CREATED_FROM = "c.created_at >= ?";
    private static final String CREATED_TO = "c.created_at <= ?";
    private static final String UPDATED_FROM = "c.updated_at >= ?";
    private static final String UPDATED_TO = "c.updated_at <= ?";

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    private CustomerSearch() {
    }

    static CustomerSearch of(CustomerFilter f) {
        CustomerSearch s = new CustomerSearch();
        if (f.counterparty() != null) {
            s.add(COUNTERPARTY, f.counterparty().value());
        }
        if (f.consent() != null) {
            s.add(CONSENTED, f.consent().type().name(), f.consent().grantee(), f.consent().day(), f.consent().day());
        }
        s.addList("c.id", f.customerIds().stream().map(CustomerId::value).toList());
        s.addList("c.login_lc", f.logins());
        s.addList("c.kyc_level", f.kycLevels().stream().map(Enum::name).toList());
        if (f.disabled() != null) {
            s.add(DISABLED, f.disabled());
        }
        if (f.minBalanceAllowed() != null || f.maxBalanceAllowed() != null
                || !f.balanceAssetCodes().isEmpty() || !f.balanceAssetIssuers().isEmpty()) {
            s.add(HAS_BALANCE);
        }
        if (f.minBalanceAllowed() != null) {
            s.add(MIN_BALANCE, f.minBalanceAllowed());
        }
        if (f.maxBalanceAllowed() != null) {
            s.add(MAX_BALANCE, f.maxBalanceAllowed());
        }
        s.addList("c.balance_currency", f.balanceAssetCodes());
        s.addList("c.balance_issuer", f.balanceAssetIssuers());
        s.addList("c.branch", f.branches());
        s.addList("c.first_name_lc", f.names());
        s.addList("c.middle_name_lc", f.paternalNames());
        s.addList("c.last_name_lc", f.surnames());
        s.addList("c.phone", f.phones());
        s.addList("c.segment", f.segments());
        s.addList("c.status", f.statuses().stream().map(Enum::name).toList());
        if (f.searchString() != null) {
            String pattern = "%" + escapeLike(f.searchString().toLowerCase(Locale.ROOT)) + "%";
            s.add(SEARCH, pattern, pattern, pattern, pattern);
        }
        if (f.createdFrom() != null) {
            s.add(CREATED_FROM, f.createdFrom());
        }
        if (f.createdTo() != null) {
            s.add(CREATED_TO, f.createdTo());
        }
        if (f.updatedFrom() != null) {
            s.add(UPDATED_FROM, f.updatedFrom());
        }
        if (f.updatedTo() != null) {
            s.add(UPDATED_TO, f.updatedTo());
        }
        return s;
    }

    /** {@code " WHERE a AND b"}, or nothing when no filter is set. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The parameters of {@link #where}'s placeholders, in order. */
    List<Object> params() {
        return List.copyOf(params);
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

    /** Escapes LIKE wildcards with {@code !}, which means the same on H2 and PostgreSQL whatever their string settings. */
    static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private void add(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(Arrays.asList(values));
    }

    /** {@code column IN (?, …)}, one placeholder per value; nothing when there are no values. */
    private void addList(String column, Collection<?> values) {
        if (!values.isEmpty()) {
            add(column + " IN (" + "?, ".repeat(values.size() - 1) + "?)", values.toArray());
        }
    }
}
