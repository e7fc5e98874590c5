package dev.opencif.domain.nicenumber;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.ForbiddenException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.shared.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * A reservation of a nice account number for one customer until {@code expiresAt}. While active, nobody
 * else may hold the number or open an account with it; the holder may open it once ({@link #consume}).
 * Holds are immutable: each change returns the next state.
 */
public record NiceNumberHold(AccountNumber number, CustomerId holder, Instant heldAt, Instant expiresAt, HoldStatus status) {
    public static final Duration MIN_DURATION = Duration.ofMinutes(1);
    public static final Duration MAX_DURATION = Duration.ofDays(30);

    public NiceNumberHold {
        Checks.required(number, "accountNumber");
        Checks.required(holder, "customerId");
        Checks.required(heldAt, "heldAt");
        Checks.required(expiresAt, "expiresAt");
        Checks.required(status, "status");
        Checks.that(expiresAt.isAfter(heldAt), "expiresAt", "must be after heldAt");
    }

    /** Places a new hold for {@code duration} (1 minute to 30 days). */
    public static NiceNumberHold place(AccountNumber number, CustomerId holder, Instant now, Duration duration) {
        Checks.required(duration, "holdDuration");
        Checks.that(duration.compareTo(MIN_DURATION) >= 0 && duration.compareTo(MAX_DURATION) <= 0, "holdDuration",
                "must be between 1 minute and 30 days");
        return new NiceNumberHold(number, holder, now, now.plus(duration), HoldStatus.HELD);
    }

    /** Held and not yet expired at {@code now}: blocks everybody but the holder. */
    public boolean isActiveAt(Instant now) {
        return status == HoldStatus.HELD && now.isBefore(expiresAt);
    }

    /** The holder opens an account with the number: only the holder, only before expiry, only once. */
    public NiceNumberHold consume(CustomerId by, Instant now) {
        requireUsableBy(by, now);
        return new NiceNumberHold(number, holder, heldAt, expiresAt, HoldStatus.CONSUMED);
    }

    /** The holder gives the number back before expiry. */
    public NiceNumberHold release(CustomerId by, Instant now) {
        requireUsableBy(by, now);
        return new NiceNumberHold(number, holder, heldAt, expiresAt, HoldStatus.RELEASED);
    }

    private void requireUsableBy(CustomerId by, Instant now) {
        if (!holder.equals(by)) {
            throw new ForbiddenException("number " + number + " is held by another customer");
        }
        if (status != HoldStatus.HELD) {
            throw new RuleViolationException("HOLD_NOT_ACTIVE", "the hold on " + number + " was already " + status);
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolationException("HOLD_EXPIRED", "the hold on " + number + " expired at " + expiresAt);
        }
    }
}
