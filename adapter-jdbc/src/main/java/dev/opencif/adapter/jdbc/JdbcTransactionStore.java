package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.TransactionPort;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.domain.transaction.TransactionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Booked transactions ({@code booked_transaction}); the unique external reference keeps the booking feed idempotent. */
public final class JdbcTransactionStore implements TransactionPort {
    static final String SELECT = "SELECT id, external_ref, customer_id, account_id, booked_at, direction, inter_intra, amount,"
            + " currency, minor_units, fee_amount, fee_currency, fee_minor_units, indicator, channel FROM booked_transaction";
    static final String BY_EXTERNAL_REF = SELECT + " WHERE external_ref = :external_ref";
    static final String BY_CUSTOMER = SELECT + " WHERE customer_id = :customer_id AND booked_at >= :from AND booked_at < :to"
            + " ORDER BY booked_at, row_seq";
    static final String INSERT = """
            INSERT INTO booked_transaction (id, external_ref, customer_id, account_id, booked_at, direction, inter_intra, amount,
                currency, minor_units, fee_amount, fee_currency, fee_minor_units, indicator, channel)
            VALUES (:id, :external_ref, :customer_id, :account_id, :booked_at, :direction, :inter_intra, :amount,
                :currency, :minor_units, :fee_amount, :fee_currency, :fee_minor_units, :indicator, :channel)
            """;

    private final JdbcUnitOfWork uow;

    JdbcTransactionStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    static void registerMappers(Jdbi jdbi) {
        jdbi.registerRowMapper(Transaction.class, (rs, ctx) -> {
            UUID account = Rows.uuid(rs, "account_id");
            return new Transaction(
                    new TransactionId(Rows.uuid(rs, "id")),
                    rs.getString("external_ref"),
                    new CustomerId(Rows.uuid(rs, "customer_id")),
                    account == null ? null : new AccountId(account),
                    Rows.instant(rs, "booked_at"),
                    Rows.enumValue(rs, "direction", Direction.class),
                    Rows.enumValue(rs, "inter_intra", Scope.class),
                    Rows.money(rs, "amount", "currency", "minor_units"),
                    Rows.money(rs, "fee_amount", "fee_currency", "fee_minor_units"),
                    rs.getString("indicator"),
                    new Channel(rs.getString("channel")));
        });
    }

    @Override
    public Optional<Transaction> findByExternalRef(String externalRef) {
        Objects.requireNonNull(externalRef, "externalRef");
        return uow.read(h -> h.createQuery(BY_EXTERNAL_REF).bind("external_ref", externalRef.strip())
                .mapTo(Transaction.class).findOne());
    }

    @Override
    public void record(Transaction t) {
        Objects.requireNonNull(t, "transaction");
        uow.write(h -> h.createUpdate(INSERT)
                .bind("id", t.id().value())
                .bind("external_ref", t.externalRef())
                .bind("customer_id", t.customerId().value())
                .bind("account_id", t.accountId() == null ? null : t.accountId().value())
                .bindByType("booked_at", t.bookedAt(), Instant.class)
                .bind("direction", t.direction().name())
                .bind("inter_intra", t.scope().name())
                .bind("amount", t.amount().amount())
                .bind("currency", t.amount().currency().value())
                .bind("minor_units", t.amount().minorUnits())
                .bind("fee_amount", Rows.amount(t.fee()))
                .bind("fee_currency", Rows.currency(t.fee()))
                .bind("fee_minor_units", Rows.minorUnits(t.fee()))
                .bind("indicator", t.indicator())
                .bind("channel", t.channel().value())
                .execute(),
                ConstraintViolations.mapping(Map.of(
                        "pk_booked_transaction", () -> new AlreadyExistsException("Transaction", t.id().toString()),
                        "uq_transaction_external_ref", () -> new AlreadyExistsException("Transaction", t.externalRef()))));
    }

    @Override
    public List<Transaction> findByCustomer(CustomerId customer, Instant from, Instant to) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return uow.read(h -> h.createQuery(BY_CUSTOMER).bind("customer_id", customer.value())
                .bindByType("from", from, Instant.class).bindByType("to", to, Instant.class)
                .mapTo(Transaction.class).list());
    }
}
