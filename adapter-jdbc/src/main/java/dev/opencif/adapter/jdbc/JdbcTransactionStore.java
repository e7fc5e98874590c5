package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.TransactionPort;
import dev.opencif.application.port.out.TransactionSumsPort;
import dev.opencif.application.shared.CurrencyAmounts;
import dev.opencif.application.shared.RevenueLine;
import dev.opencif.application.shared.TransactionValue;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.domain.transaction.TransactionId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Booked transactions ({@code booked_transaction}); the unique external reference keeps the booking feed idempotent.
 * The customer-360 sums are GROUP BY queries over {@code ix_booked_transaction_customer} (customer, booking time), so a
 * widget reads a handful of rows whatever the number of transactions.
 */
public final class JdbcTransactionStore implements TransactionPort, TransactionSumsPort {
    static final Columns COLUMNS = Columns.of("id", "external_ref", "customer_id", "account_id", "booked_at", "direction",
            "inter_intra", "amount", "currency", "minor_units", "fee_amount", "fee_currency", "fee_minor_units", "indicator",
            "channel");
    static final String SELECT = "SELECT " + COLUMNS.select("t") + " FROM booked_transaction t";
    static final String BY_EXTERNAL_REF = SELECT + " WHERE t.external_ref = ?";
    static final String IN_PERIOD = " WHERE t.customer_id = ? AND t.booked_at >= ? AND t.booked_at < ?";
    static final String BY_CUSTOMER = SELECT + IN_PERIOD + " ORDER BY t.booked_at, t.row_seq";
    static final String INSERT = COLUMNS.insert("booked_transaction");
    static final String TOTALS = "SELECT t.currency, MAX(t.minor_units), COUNT(*), SUM(t.amount), SUM(COALESCE(t.fee_amount, 0))"
            + " FROM booked_transaction t" + IN_PERIOD;
    static final String AND_INDICATOR = " AND t.indicator = ?";
    static final String BY_CURRENCY = " GROUP BY t.currency";
    static final String MONTHLY_FEES = "SELECT m.booked_year, m.booked_month, m.currency, MAX(m.minor_units),"
            + " SUM(COALESCE(m.fee_amount, 0)) FROM (SELECT EXTRACT(YEAR FROM (t.booked_at AT TIME ZONE 'UTC')) AS booked_year,"
            + " EXTRACT(MONTH FROM (t.booked_at AT TIME ZONE 'UTC')) AS booked_month, t.currency, t.minor_units, t.fee_amount"
            + " FROM booked_transaction t" + IN_PERIOD + ") m GROUP BY m.booked_year, m.booked_month, m.currency";
    static final String VALUES = "SELECT t.indicator, t.direction, t.inter_intra, t.currency, MAX(t.minor_units), COUNT(*),"
            + " SUM(t.amount) FROM booked_transaction t" + IN_PERIOD;
    static final String AND_INDICATORS = " AND t.indicator IN (<indicators>)";
    static final String AND_DIRECTION = " AND t.direction = ?";
    static final String AND_SCOPE = " AND t.inter_intra = ?";
    static final String AND_CURRENCY = " AND UPPER(t.currency) = UPPER(?)";
    static final String BY_VALUE_KEYS = " GROUP BY t.indicator, t.direction, t.inter_intra, t.currency";

    private static final Comparator<TransactionValue> VALUE_ORDER = Comparator.comparing(TransactionValue::indicator)
            .thenComparing(TransactionValue::direction).thenComparing(TransactionValue::scope)
            .thenComparing(TransactionValue::currency);

    private final JdbcUnitOfWork uow;

    JdbcTransactionStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public Optional<Transaction> findByExternalRef(String externalRef) {
        Objects.requireNonNull(externalRef, "externalRef");
        return uow.read(c -> PlainSql.first(c, BY_EXTERNAL_REF, JdbcTransactionStore::map, externalRef.strip()));
    }

    @Override
    public void record(Transaction t) {
        Objects.requireNonNull(t, "transaction");
        Object[] values = COLUMNS.values()
                .set("id", t.id().value())
                .set("external_ref", t.externalRef())
                .set("customer_id", t.customerId().value())
                .set("account_id", t.accountId() == null ? null : t.accountId().value())
                .set("booked_at", t.bookedAt())
                .set("direction", t.direction().name())
                .set("inter_intra", t.scope().name())
                .set("amount", t.amount().amount())
                .set("currency", t.amount().currency().value())
                .set("minor_units", t.amount().minorUnits())
                .set("fee_amount", Rows.amount(t.fee()))
                .set("fee_currency", Rows.currency(t.fee()))
                .set("fee_minor_units", Rows.minorUnits(t.fee()))
                .set("indicator", t.indicator())
                .set("channel", t.channel().value())
                .all();
        uow.write(c -> PlainSql.update(c, INSERT, values), ConstraintViolations.mapping(Map.of(
                "pk_booked_transaction", () -> new AlreadyExistsException("Transaction", t.id().toString()),
                "uq_transaction_external_ref", () -> new AlreadyExistsException("Transaction", t.externalRef()),
                "fk_booked_transaction_customer", () -> ConstraintViolations.missing("Customer", t.customerId()),
                "fk_booked_transaction_account", () -> ConstraintViolations.missing("Account", t.accountId()))));
    }

    @Override
    public List<Transaction> findByCustomer(CustomerId customer, Instant from, Instant to) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return uow.read(c -> PlainSql.list(c, BY_CUSTOMER, JdbcTransactionStore::map, customer.value(), from, to));
    }

    @Override
    public List<CurrencyAmounts> totalsByCurrency(CustomerId customer, Instant from, Instant to, String indicator) {
        Object[] params = indicator == null ? period(customer, from, to) : append(period(customer, from, to), indicator);
        String sql = TOTALS + (indicator == null ? "" : AND_INDICATOR) + BY_CURRENCY;
        List<CurrencyAmounts> totals = new ArrayList<>(uow.read(c -> PlainSql.list(c, sql, rs -> {
            int minorUnits = rs.getInt(2);
            return new CurrencyAmounts(rs.getString(1), rs.getLong(3), scaled(rs.getBigDecimal(4), minorUnits),
                    scaled(rs.getBigDecimal(5), minorUnits));
        }, params)));
        totals.sort(Comparator.comparing(CurrencyAmounts::currency));
        return List.copyOf(totals);
    }

    @Override
    public List<RevenueLine> monthlyFees(CustomerId customer, Instant from, Instant to) {
        List<RevenueLine> lines = new ArrayList<>(uow.read(c -> PlainSql.list(c, MONTHLY_FEES, rs -> new RevenueLine(
                YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getString(3), scaled(rs.getBigDecimal(5), rs.getInt(4))),
                period(customer, from, to))));
        lines.sort(Comparator.comparing(RevenueLine::month).thenComparing(RevenueLine::currency));
        return List.copyOf(lines);
    }

    @Override
    public List<TransactionValue> values(CustomerId customer, Instant from, Instant to, Set<String> indicators,
                                         Direction direction, Scope scope, String currency) {
        Objects.requireNonNull(indicators, "indicators");
        List<Object> params = new ArrayList<>(List.of(period(customer, from, to)));
        StringBuilder sql = new StringBuilder(VALUES);
        if (!indicators.isEmpty()) {
            sql.append(AND_INDICATORS.replace("<indicators>", "?, ".repeat(indicators.size() - 1) + "?"));
            params.addAll(indicators.stream().sorted().toList());
        }
        if (direction != null) {
            sql.append(AND_DIRECTION);
            params.add(direction.name());
        }
        if (scope != null) {
            sql.append(AND_SCOPE);
            params.add(scope.name());
        }
        if (currency != null) {
            sql.append(AND_CURRENCY);
            params.add(currency);
        }
        sql.append(BY_VALUE_KEYS);
        List<TransactionValue> values = new ArrayList<>(uow.read(c -> PlainSql.list(c, sql.toString(), rs -> new TransactionValue(
                rs.getString(1), Rows.enumValue(rs, 2, Direction.class), Rows.enumValue(rs, 3, Scope.class), rs.getString(4),
                rs.getLong(6), scaled(rs.getBigDecimal(7), rs.getInt(5))), params.toArray())));
        values.sort(VALUE_ORDER);
        return List.copyOf(values);
    }

    private static Object[] period(CustomerId customer, Instant from, Instant to) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return new Object[] {customer.value(), from, to};
    }

    private static Object[] append(Object[] params, Object value) {
        Object[] out = java.util.Arrays.copyOf(params, params.length + 1);
        out[params.length] = value;
        return out;
    }

    /** A sum at the currency's minor units (stored amounts have no more decimals, so nothing is rounded away). */
    private static BigDecimal scaled(BigDecimal sum, int minorUnits) {
        return sum.setScale(minorUnits, RoundingMode.HALF_EVEN);
    }

    static Transaction map(ResultSet rs) throws SQLException {
        UUID account = Rows.uuid(rs, COLUMNS.at("account_id"));
        return new Transaction(
                new TransactionId(Rows.uuid(rs, COLUMNS.at("id"))),
                rs.getString(COLUMNS.at("external_ref")),
                new CustomerId(Rows.uuid(rs, COLUMNS.at("customer_id"))),
                account == null ? null : new AccountId(account),
                Rows.instant(rs, COLUMNS.at("booked_at")),
                Rows.enumValue(rs, COLUMNS.at("direction"), Direction.class),
                Rows.enumValue(rs, COLUMNS.at("inter_intra"), Scope.class),
                Rows.money(rs, COLUMNS.at("amount"), COLUMNS.at("currency"), COLUMNS.at("minor_units")),
                Rows.money(rs, COLUMNS.at("fee_amount"), COLUMNS.at("fee_currency"), COLUMNS.at("fee_minor_units")),
                rs.getString(COLUMNS.at("indicator")),
                new Channel(rs.getString(COLUMNS.at("channel"))));
    }
}
