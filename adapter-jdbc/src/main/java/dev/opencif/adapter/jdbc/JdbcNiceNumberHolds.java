package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.NiceNumberHoldPort;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.nicenumber.HoldStatus;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Nice-number holds, one row per number (its latest hold). Placing is atomic across processes: an expired or
 * finished hold is taken over by a conditional UPDATE, otherwise the INSERT either wins or hits the primary key,
 * which means somebody else holds the number.
 */
public final class JdbcNiceNumberHolds implements NiceNumberHoldPort {
    static final String SELECT = "SELECT account_number, holder_id, held_at, expires_at, status FROM nice_number_hold";
    static final String BY_NUMBER = SELECT + " WHERE account_number = :number";
    static final String ACTIVE_BY_HOLDER = SELECT
            + " WHERE holder_id = :holder AND status = 'HELD' AND expires_at > :now ORDER BY held_at, account_number";
    static final String NUMBER_USED = "SELECT COUNT(*) FROM account WHERE account_number = :number";
    static final String TAKE_OVER = "UPDATE nice_number_hold SET holder_id = :holder, held_at = :held_at, expires_at = :expires_at,"
            + " status = :status WHERE account_number = :number AND (status <> 'HELD' OR expires_at <= :now)";
    static final String INSERT = "INSERT INTO nice_number_hold (account_number, holder_id, held_at, expires_at, status)"
            + " VALUES (:number, :holder, :held_at, :expires_at, :status)";
    static final String UPDATE = "UPDATE nice_number_hold SET expires_at = :expires_at, status = :status"
            + " WHERE account_number = :number AND holder_id = :holder AND held_at = :held_at";

    private final JdbcUnitOfWork uow;

    JdbcNiceNumberHolds(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    static void registerMappers(Jdbi jdbi) {
        jdbi.registerRowMapper(NiceNumberHold.class, (rs, ctx) -> new NiceNumberHold(
                new AccountNumber(rs.getString("account_number")),
                new CustomerId(Rows.uuid(rs, "holder_id")),
                Rows.instant(rs, "held_at"),
                Rows.instant(rs, "expires_at"),
                Rows.enumValue(rs, "status", HoldStatus.class)));
    }

    @Override
    public void place(NiceNumberHold hold, Instant now) {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(now, "now");
        if (hold.status() != HoldStatus.HELD) {
            throw ValidationException.of("status", "a new hold must be HELD, not " + hold.status());
        }
        RuleViolationException unavailable = new RuleViolationException("NUMBER_UNAVAILABLE",
                "number " + hold.number() + " is not available");
        uow.write(h -> {
            if (h.createQuery(NUMBER_USED).bind("number", hold.number().value()).mapTo(Long.class).one() > 0) {
                throw unavailable;
            }
            int replaced = h.createUpdate(TAKE_OVER)
                    .bind("number", hold.number().value())
                    .bind("holder", hold.holder().value())
                    .bindByType("held_at", hold.heldAt(), Instant.class)
                    .bindByType("expires_at", hold.expiresAt(), Instant.class)
                    .bind("status", hold.status().name())
                    .bindByType("now", now, Instant.class)
                    .execute();
            if (replaced == 0) {
                h.createUpdate(INSERT)
                        .bind("number", hold.number().value())
                        .bind("holder", hold.holder().value())
                        .bindByType("held_at", hold.heldAt(), Instant.class)
                        .bindByType("expires_at", hold.expiresAt(), Instant.class)
                        .bind("status", hold.status().name())
                        .execute();
            }
            return null;
        }, ConstraintViolations.mapping(Map.of("pk_nice_number_hold", () -> unavailable)));
    }

    @Override
    public Optional<NiceNumberHold> findByNumber(AccountNumber number) {
        Objects.requireNonNull(number, "number");
        return uow.read(h -> h.createQuery(BY_NUMBER).bind("number", number.value()).mapTo(NiceNumberHold.class).findOne());
    }

    @Override
    public void update(NiceNumberHold hold) {
        Objects.requireNonNull(hold, "hold");
        uow.write(h -> {
            int updated = h.createUpdate(UPDATE)
                    .bind("number", hold.number().value())
                    .bind("holder", hold.holder().value())
                    .bindByType("held_at", hold.heldAt(), Instant.class)
                    .bindByType("expires_at", hold.expiresAt(), Instant.class)
                    .bind("status", hold.status().name())
                    .execute();
            if (updated == 0) {
                throw new NotFoundException("NiceNumberHold", hold.number().toString());
            }
            return null;
        }, e -> e);
    }

    @Override
    public List<NiceNumberHold> findActiveByHolder(CustomerId holder, Instant now) {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(now, "now");
        return uow.read(h -> h.createQuery(ACTIVE_BY_HOLDER).bind("holder", holder.value()).bindByType("now", now, Instant.class)
                .mapTo(NiceNumberHold.class).list());
    }
}
