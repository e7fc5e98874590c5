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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/** Online-banking users; the unique {@code username} stays taken forever, closed users included. */
public final class JdbcBankingUserStore implements LoadBankingUserPort, SaveBankingUserPort {
    static final String SELECT = "SELECT id, customer_id, username, status, failed_attempts, lock_reason, created_at, updated_at,"
            + " version FROM banking_user";
    static final String BY_ID = SELECT + " WHERE id = :id";
    static final String BY_USERNAME = SELECT + " WHERE username = :username";
    static final String BY_CUSTOMER = SELECT + " WHERE customer_id = :customer_id ORDER BY created_at, row_seq";
    static final String INSERT = "INSERT INTO banking_user (id, customer_id, username, status, failed_attempts, lock_reason,"
            + " created_at, updated_at, version) VALUES (:id, :customer_id, :username, :status, :failed_attempts, :lock_reason,"
            + " :created_at, :updated_at, :version)";
    static final String UPDATE = "UPDATE banking_user SET customer_id = :customer_id, username = :username, status = :status,"
            + " failed_attempts = :failed_attempts, lock_reason = :lock_reason, created_at = :created_at,"
            + " updated_at = :updated_at, version = :version WHERE id = :id AND version = :expected_version";

    private final JdbcUnitOfWork uow;

    JdbcBankingUserStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    static void registerMappers(Jdbi jdbi) {
        jdbi.registerRowMapper(BankingUserState.class, (rs, ctx) -> new BankingUserState(
                new BankingUserId(Rows.uuid(rs, "id")),
                new CustomerId(Rows.uuid(rs, "customer_id")),
                new BankingUsername(rs.getString("username")),
                Rows.enumValue(rs, "status", BankingUserStatus.class),
                rs.getInt("failed_attempts"),
                rs.getString("lock_reason"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getLong("version")));
    }

    @Override
    public Optional<OnlineBankingUser> findById(BankingUserId id) {
        Objects.requireNonNull(id, "id");
        return uow.read(h -> h.createQuery(BY_ID).bind("id", id.value()).mapTo(BankingUserState.class).findOne())
                .map(OnlineBankingUser::restore);
    }

    @Override
    public Optional<OnlineBankingUser> findByUsername(BankingUsername username) {
        Objects.requireNonNull(username, "username");
        return uow.read(h -> h.createQuery(BY_USERNAME).bind("username", username.uniqueKey()).mapTo(BankingUserState.class)
                .findOne()).map(OnlineBankingUser::restore);
    }

    @Override
    public List<OnlineBankingUser> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return uow.read(h -> h.createQuery(BY_CUSTOMER).bind("customer_id", customer.value()).mapTo(BankingUserState.class)
                .list()).stream().map(OnlineBankingUser::restore).toList();
    }

    @Override
    public OnlineBankingUser save(OnlineBankingUser user) {
        Objects.requireNonNull(user, "user");
        BankingUserState s = user.state();
        long next = s.version() + 1;
        OnlineBankingUser stored = OnlineBankingUser.restore(new BankingUserState(s.id(), s.customerId(), s.username(),
                s.status(), s.failedAttempts(), s.lockReason(), s.createdAt(), s.updatedAt(), next));
        uow.write(h -> {
            if (s.version() == 0) {
                bind(h.createUpdate(INSERT), s, next).execute();
            } else if (bind(h.createUpdate(UPDATE), s, next).bind("expected_version", s.version()).execute() == 0) {
                throw new ConflictException("BankingUser", s.id().toString(), s.version());
            }
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_banking_user", () -> new AlreadyExistsException("BankingUser", s.id().toString()),
                "uq_banking_user_username", () -> new DuplicateIdentifierException("BANKING_USERNAME"))));
        return stored;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, BankingUserState s, long version) {
        return statement
                .bind("id", s.id().value())
                .bind("customer_id", s.customerId().value())
                .bind("username", s.username().uniqueKey())
                .bind("status", s.status().name())
                .bind("failed_attempts", s.failedAttempts())
                .bind("lock_reason", s.lockReason())
                .bindByType("created_at", s.createdAt(), Instant.class)
                .bindByType("updated_at", s.updatedAt(), Instant.class)
                .bind("version", version);
    }
}
