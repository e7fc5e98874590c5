package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.LoadBankingUserPort;
import dev.opencif.application.port.out.SaveBankingUserPort;
import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.banking.BankingUserStatus;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.identifier.BankingUsername;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Online-banking users; the unique {@code username} stays taken forever, closed users included. */
public final class JdbcBankingUserStore implements LoadBankingUserPort, SaveBankingUserPort {
    static final Columns COLUMNS = Columns.of("id", "customer_id", "username", "status", "failed_attempts", "lock_reason",
            "created_at", "updated_at", "version");
    static final String SELECT = "SELECT " + COLUMNS.select("u") + " FROM banking_user u";
    static final String BY_ID = SELECT + " WHERE u.id = ?";
    static final String BY_USERNAME = SELECT + " WHERE u.username = ?";
    static final String BY_CUSTOMER = SELECT + " WHERE u.customer_id = ? ORDER BY u.created_at, u.row_seq";
    static final String INSERT = COLUMNS.insert("banking_user");
    static final String UPDATE = COLUMNS.updateByKeyAndVersion("banking_user", "id");

    private final JdbcUnitOfWork uow;

    JdbcBankingUserStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public Optional<OnlineBankingUser> findById(BankingUserId id) {
        Objects.requireNonNull(id, "id");
        return uow.read(c -> PlainSql.first(c, BY_ID, JdbcBankingUserStore::map, id.value())).map(OnlineBankingUser::restore);
    }

    @Override
    public Optional<OnlineBankingUser> findByUsername(BankingUsername username) {
        Objects.requireNonNull(username, "username");
        return uow.read(c -> PlainSql.first(c, BY_USERNAME, JdbcBankingUserStore::map, username.uniqueKey()))
                .map(OnlineBankingUser::restore);
    }

    @Override
    public List<OnlineBankingUser> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return uow.read(c -> PlainSql.list(c, BY_CUSTOMER, JdbcBankingUserStore::map, customer.value()))
                .stream().map(OnlineBankingUser::restore).toList();
    }

    @Override
    public OnlineBankingUser save(OnlineBankingUser user) {
        Objects.requireNonNull(user, "user");
        BankingUserState s = user.state();
        long next = s.version() + 1;
        OnlineBankingUser stored = OnlineBankingUser.restore(new BankingUserState(s.id(), s.customerId(), s.username(),
                s.status(), s.failedAttempts(), s.lockReason(), s.createdAt(), s.updatedAt(), next));
        uow.write(c -> {
            Columns.Values values = values(s, next);
            if (s.version() == 0) {
                PlainSql.update(c, INSERT, values.all());
            } else if (PlainSql.update(c, UPDATE, values.forUpdate("id", s.version())) == 0) {
                throw new ConflictException("BankingUser", s.id().toString(), s.version());
            }
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_banking_user", () -> new AlreadyExistsException("BankingUser", s.id().toString()),
                "uq_banking_user_username", () -> new DuplicateIdentifierException("BANKING_USERNAME"),
                "fk_banking_user_customer", () -> ConstraintViolations.missing("Customer", s.customerId()))));
        return stored;
    }

    private static Columns.Values values(BankingUserState s, long version) {
        return COLUMNS.values()
                .set("id", s.id().value())
                .set("customer_id", s.customerId().value())
                .set("username", s.username().uniqueKey())
                .set("status", s.status().name())
                .set("failed_attempts", s.failedAttempts())
                .set("lock_reason", s.lockReason())
                .set("created_at", s.createdAt())
                .set("updated_at", s.updatedAt())
                .set("version", version);
    }

    static BankingUserState map(ResultSet rs) throws SQLException {
        return new BankingUserState(
                new BankingUserId(Rows.uuid(rs, COLUMNS.at("id"))),
                new CustomerId(Rows.uuid(rs, COLUMNS.at("customer_id"))),
                new BankingUsername(rs.getString(COLUMNS.at("username"))),
                Rows.enumValue(rs, COLUMNS.at("status"), BankingUserStatus.class),
                rs.getInt(COLUMNS.at("failed_attempts")),
                rs.getString(COLUMNS.at("lock_reason")),
                Rows.instant(rs, COLUMNS.at("created_at")),
                Rows.instant(rs, COLUMNS.at("updated_at")),
                rs.getLong(COLUMNS.at("version")));
    }
}
