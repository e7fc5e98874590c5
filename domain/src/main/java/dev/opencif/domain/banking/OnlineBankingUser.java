package dev.opencif.domain.banking;

import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.kyc.KycCapability;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer's internet/mobile banking (IBMB) user. Locks itself after {@link #MAX_FAILED_ATTEMPTS}
 * consecutive failed logins; unlocking resets the counter; closing is final.
 */
public final class OnlineBankingUser {
    /** Consecutive failed logins after which the user is locked automatically. */
    public static final int MAX_FAILED_ATTEMPTS = 5;

    private BankingUserState state;
    private final List<DomainEvent> events = new ArrayList<>();

    private OnlineBankingUser(BankingUserState state) {
        this.state = state;
    }

    /** Creates the banking user of {@code owner}; the owner's KYC level must allow online banking. */
    public static OnlineBankingUser create(BankingUserId id, Customer owner, BankingUsername username, Instant now) {
        Objects.requireNonNull(owner, "owner");
        if (owner.status() == CustomerStatus.CLOSED || owner.isBlacklisted()) {
            throw new RuleViolationException("CUSTOMER_NOT_ELIGIBLE", "customer " + owner.number() + " cannot get online banking");
        }
        if (!owner.state().kyc().level().allows(KycCapability.ONLINE_BANKING)) {
            throw new RuleViolationException("KYC_LEVEL_TOO_LOW", "online banking needs KYC level EKYC or above");
        }
        OnlineBankingUser user = new OnlineBankingUser(new BankingUserState(id, owner.id(), username, BankingUserStatus.ACTIVE, 0, null, now, now, 0));
        user.events.add(new BankingUserEvent.Created(id, owner.id(), now));
        return user;
    }

    public static OnlineBankingUser restore(BankingUserState state) {
        return new OnlineBankingUser(Objects.requireNonNull(state, "state"));
    }

    public BankingUserState state() {
        return state;
    }

    public BankingUserId id() {
        return state.id();
    }

    public BankingUserStatus status() {
        return state.status();
    }

    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public void lock(String reason, Instant now) {
        transition(BankingUserStatus.LOCKED, Checks.multilineText(reason, "reason", 500), state.failedAttempts(), now);
    }

    public void unlock(Instant now) {
        transition(BankingUserStatus.ACTIVE, null, 0, now);
    }

    public void close(Instant now) {
        transition(BankingUserStatus.CLOSED, null, state.failedAttempts(), now);
    }

    /** Counts a failed login; the {@value #MAX_FAILED_ATTEMPTS}th in a row locks the user. */
    public void recordFailedLogin(Instant now) {
        requireActive();
        int attempts = state.failedAttempts() + 1;
        if (attempts >= MAX_FAILED_ATTEMPTS) {
            transition(BankingUserStatus.LOCKED, "too many failed login attempts", MAX_FAILED_ATTEMPTS, now);
        } else {
            replace(state.status(), state.lockReason(), attempts, now);
        }
    }

    /** A successful login clears the failure counter. */
    public void recordSuccessfulLogin(Instant now) {
        requireActive();
        replace(state.status(), null, 0, now);
    }

    private void requireActive() {
        if (state.status() != BankingUserStatus.ACTIVE) {
            throw new RuleViolationException("BANKING_USER_NOT_ACTIVE", "banking user " + state.username().value() + " is " + state.status());
        }
    }

    private void transition(BankingUserStatus to, String reason, int attempts, Instant now) {
        BankingUserStatus from = state.status();
        if (from == to) {
            return;
        }
        boolean allowed = switch (from) {
            case ACTIVE -> to == BankingUserStatus.LOCKED || to == BankingUserStatus.CLOSED;
            case LOCKED -> to == BankingUserStatus.ACTIVE || to == BankingUserStatus.CLOSED;
            case CLOSED -> false;
        };
        if (!allowed) {
            throw new InvalidStateTransitionException("BankingUser", from, to);
        }
        replace(to, to == BankingUserStatus.LOCKED ? reason : null, attempts, now);
        events.add(new BankingUserEvent.StatusChanged(id(), state.customerId(), from, to, reason, now));
    }

    private void replace(BankingUserStatus status, String reason, int attempts, Instant now) {
        Checks.required(now, "now");
        state = new BankingUserState(state.id(), state.customerId(), state.username(), status, attempts, reason, state.createdAt(), now, state.version());
    }
}
