package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.NiceNumberHoldPort;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.nicenumber.HoldStatus;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Nice-number holds in {@code nice_number_hold}, the claim on every account number (V2): one row per number, holding
 * its latest hold, or {@code ISSUED} (no holder) for a number the account sequence issued. The database decides every
 * race: placing takes over a finished or expired hold with a conditional UPDATE or inserts the number's row with
 * {@code ON CONFLICT DO NOTHING} — if neither changes a row, the number is taken, and nothing was refused, so the unit
 * of work goes on; releasing and consuming change a row only while it is still the same HELD hold.
 */
public final class JdbcNiceNumberHolds implements NiceNumberHoldPort {
    static final Columns COLUMNS = Columns.of("account_number", "holder_id", "held_at", "expires_at", "status");
    static final String SELECT = "SELECT " + COLUMNS.select("h") + " FROM nice_number_hold h";
    static final String HOLDS = " h.status IN ('HELD', 'RELEASED', 'CONSUMED')";
    static final String BY_NUMBER = SELECT + " WHERE h.account_number = ? AND" + HOLDS;
    static final String ACTIVE_BY_HOLDER = SELECT
            + " WHERE h.holder_id = ? AND h.status = 'HELD' AND h.expires_at > ? ORDER BY h.held_at, h.account_number";
    static final String TAKE_OVER = "UPDATE nice_number_hold SET holder_id = ?, held_at = ?, expires_at = ?, status = 'HELD'"
            + " WHERE account_number = ? AND (status = 'RELEASED' OR (status = 'HELD' AND expires_at <= ?))";
    static final String INSERT = "INSERT INTO nice_number_hold (account_number, holder_id, held_at, expires_at, status)"
            + " VALUES (?, ?, ?, ?, 'HELD') ON CONFLICT DO NOTHING";
    static final String FINISH = "UPDATE nice_number_hold SET expires_at = ?, status = ?"
            + " WHERE account_number = ? AND holder_id = ? AND held_at = ? AND status = 'HELD'";

    private final JdbcUnitOfWork uow;

    JdbcNiceNumberHolds(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public void place(NiceNumberHold hold, Instant now) {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(now, "now");
        if (hold.status() != HoldStatus.HELD) {
            throw ValidationException.of("status", "a new hold must be HELD, not " + hold.status());
        }
        String number = hold.number().value();
        boolean placed = uow.write(c -> PlainSql.update(c, TAKE_OVER, hold.holder().value(), hold.heldAt(), hold.expiresAt(),
                        number, now) == 1
                        || PlainSql.update(c, INSERT, number, hold.holder().value(), hold.heldAt(), hold.expiresAt()) == 1,
                ConstraintViolations.mapping(Map.of(
                        "fk_nice_number_hold_holder", () -> ConstraintViolations.missing("Customer", hold.holder()))));
        if (!placed) {
            throw new RuleViolationException("NUMBER_UNAVAILABLE", "number " + number + " is not available");
        }
    }

    @Override
    public Optional<NiceNumberHold> findByNumber(AccountNumber number) {
        Objects.requireNonNull(number, "number");
        return uow.read(c -> PlainSql.first(c, BY_NUMBER, JdbcNiceNumberHolds::map, number.value()));
    }

    @Override
    public void update(NiceNumberHold hold) {
        Objects.requireNonNull(hold, "hold");
        if (hold.status() == HoldStatus.HELD) {
            throw ValidationException.of("status", "an updated hold is RELEASED or CONSUMED, not HELD");
        }
        uow.write(c -> {
            if (PlainSql.update(c, FINISH, hold.expiresAt(), hold.status().name(), hold.number().value(), hold.holder().value(),
                    hold.heldAt()) == 0) {
                throw PlainSql.first(c, BY_NUMBER, JdbcNiceNumberHolds::map, hold.number().value()).isEmpty()
                        ? new NotFoundException("NiceNumberHold", hold.number().toString())
                        : new RuleViolationException("HOLD_NOT_ACTIVE", "the hold on " + hold.number() + " is no longer held");
            }
            return null;
        }, e -> e);
    }

    @Override
    public List<NiceNumberHold> findActiveByHolder(CustomerId holder, Instant now) {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(now, "now");
        return uow.read(c -> PlainSql.list(c, ACTIVE_BY_HOLDER, JdbcNiceNumberHolds::map, holder.value(), now));
    }

    static NiceNumberHold map(ResultSet rs) throws SQLException {
        return new NiceNumberHold(
                new AccountNumber(rs.getString(COLUMNS.at("account_number"))),
                new CustomerId(Rows.uuid(rs, COLUMNS.at("holder_id"))),
                Rows.instant(rs, COLUMNS.at("held_at")),
                Rows.instant(rs, COLUMNS.at("expires_at")),
                Rows.enumValue(rs, COLUMNS.at("status"), HoldStatus.class));
    }
}
