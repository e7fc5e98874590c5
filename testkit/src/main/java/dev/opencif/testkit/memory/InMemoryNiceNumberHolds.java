package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.NiceNumberHoldPort;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.nicenumber.HoldStatus;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Nice-number holds in memory: the latest hold per number; placing checks and writes under one lock. A number the
 * account sequence issued, used by an account or consumed can never be held; release and consume change only a hold
 * that is still the same HELD hold, as the JDBC adapter's state-checked UPDATE.
 */
public final class InMemoryNiceNumberHolds implements NiceNumberHoldPort {
    private final InMemoryDatabase db;
    private final InMemoryAccountStore accounts;

    InMemoryNiceNumberHolds(InMemoryDatabase db, InMemoryAccountStore accounts) {
        this.db = Objects.requireNonNull(db, "db");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public void place(NiceNumberHold hold, Instant now) {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(now, "now");
        if (hold.status() != HoldStatus.HELD) {
            throw ValidationException.of("status", "a new hold must be HELD, not " + hold.status());
        }
        boolean placed = db.locked(() -> {
            NiceNumberHold current = db.holds.get(hold.number());
            boolean takenOver = current != null && (current.status() == HoldStatus.RELEASED
                    || (current.status() == HoldStatus.HELD && !current.isActiveAt(now)));
            if (accounts.used(hold.number()) || db.issuedNumbers.containsKey(hold.number())
                    || (current != null && !takenOver)) {
                return false;
            }
            db.requireCustomer(hold.holder());
            db.put(db.holds, hold.number(), hold);
            return true;
        });
        if (!placed) {
            throw new RuleViolationException("NUMBER_UNAVAILABLE", "number " + hold.number() + " is not available");
        }
    }

    @Override
    public Optional<NiceNumberHold> findByNumber(AccountNumber number) {
        Objects.requireNonNull(number, "number");
        return db.locked(() -> Optional.ofNullable(db.holds.get(number)));
    }

    @Override
    public void update(NiceNumberHold hold) {
        Objects.requireNonNull(hold, "hold");
        if (hold.status() == HoldStatus.HELD) {
            throw ValidationException.of("status", "an updated hold is RELEASED or CONSUMED, not HELD");
        }
        db.locked(() -> {
            NiceNumberHold current = db.holds.get(hold.number());
            if (current == null) {
                throw new NotFoundException("NiceNumberHold", hold.number().toString());
            }
            if (current.status() != HoldStatus.HELD || !current.holder().equals(hold.holder())
                    || !current.heldAt().equals(hold.heldAt())) {
                throw new RuleViolationException("HOLD_NOT_ACTIVE", "the hold on " + hold.number() + " is no longer held");
            }
            db.put(db.holds, hold.number(), hold);
        });
    }

    @Override
    public List<NiceNumberHold> findActiveByHolder(CustomerId holder, Instant now) {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(now, "now");
        return db.locked(() -> db.holds.values().stream().filter(h -> h.holder().equals(holder) && h.isActiveAt(now))
                .sorted(Comparator.comparing(NiceNumberHold::heldAt)).toList());
    }
}
