package dev.opencif.domain.account;

import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An account of one customer: number, optional IBAN, product, asset and balance, with the lifecycle
 * ACTIVE ⇄ BLOCKED → CLOSED. Opening checks the owner may hold the product ({@link #open}).
 */
public final class Account {
    private AccountState state;
    private final List<DomainEvent> events = new ArrayList<>();

    private Account(AccountState state) {
        checkInvariants(state);
        this.state = state;
    }

    /**
     * Opens an account for {@code owner}. Refused when the owner is closed, blocked or blacklisted, or
     * when its KYC level does not allow the product.
     */
    public static Account open(AccountId id, AccountNumber number, Iban iban, Customer owner, ProductType product,
                               Asset asset, Instant now) {
        Objects.requireNonNull(owner, "owner");
        Checks.required(product, "product");
        Checks.required(now, "now");
        CustomerStatus status = owner.status();
        if (status == CustomerStatus.CLOSED || status == CustomerStatus.BLOCKED || owner.isBlacklisted()) {
            throw new RuleViolationException("CUSTOMER_NOT_ELIGIBLE",
                    "customer " + owner.number() + " is " + (owner.isBlacklisted() ? "blacklisted" : status) + " and cannot open accounts");
        }
        if (!owner.state().kyc().level().allows(product.requires())) {
            throw new RuleViolationException("KYC_LEVEL_TOO_LOW",
                    product + " needs a KYC level that allows " + product.requires() + "; the customer is " + owner.state().kyc().level());
        }
        Account account = new Account(new AccountState(id, number, iban, owner.id(), product, asset,
                Checks.required(asset, "asset").zero(), AccountStatus.ACTIVE, null, now, now, null, 0));
        account.events.add(new AccountEvent.Opened(id, owner.id(), number, product, now));
        return account;
    }

    /** Rebuilds a stored account, checking the same invariants. */
    public static Account restore(AccountState state) {
        return new Account(Objects.requireNonNull(state, "state"));
    }

    public AccountState state() {
        return state;
    }

    public AccountId id() {
        return state.id();
    }

    public AccountStatus status() {
        return state.status();
    }

    public long version() {
        return state.version();
    }

    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public void block(String reason, Instant now) {
        transition(AccountStatus.BLOCKED, Checks.multilineText(reason, "reason", 500), now);
    }

    public void unblock(Instant now) {
        transition(AccountStatus.ACTIVE, null, now);
    }

    /** Closes the account; refused while the balance is not zero. */
    public void close(Instant now) {
        if (!state.balance().isZero()) {
            throw new RuleViolationException("BALANCE_NOT_ZERO", "account " + state.number() + " still holds " + state.balance());
        }
        transition(AccountStatus.CLOSED, null, now);
    }

    /** Applies a booked amount (positive credit, negative debit) from the booking feed; closed accounts refuse it. */
    public void applyBooking(Money delta, Instant now) {
        Checks.required(delta, "amount");
        if (state.status() == AccountStatus.CLOSED) {
            throw new RuleViolationException("ACCOUNT_CLOSED", "account " + state.number() + " is closed");
        }
        Money balance = state.balance().plus(delta);
        state = new AccountState(state.id(), state.number(), state.iban(), state.customerId(), state.product(), state.asset(),
                balance, state.status(), state.blockReason(), state.openedAt(), now, state.closedAt(), state.version());
    }

    private void transition(AccountStatus to, String reason, Instant now) {
        Checks.required(now, "now");
        AccountStatus from = state.status();
        if (from == to) {
            return;
        }
        if (!from.successors().contains(to)) {
            throw new InvalidStateTransitionException("Account", from, to);
        }
        state = new AccountState(state.id(), state.number(), state.iban(), state.customerId(), state.product(),
                state.asset(), state.balance(), to, to == AccountStatus.BLOCKED ? reason : null, state.openedAt(), now,
                to == AccountStatus.CLOSED ? now : null, state.version());
        events.add(new AccountEvent.StatusChanged(id(), state.customerId(), from, to, reason, now));
    }

    private static void checkInvariants(AccountState s) {
        Checks.that(s.balance().currency().equals(s.asset().code()) && s.balance().minorUnits() == s.asset().minorUnits(),
                "balance", "must be in the account's asset " + s.asset().code());
        Checks.that((s.status() == AccountStatus.CLOSED) == (s.closedAt() != null), "closedAt", "is set exactly when the account is CLOSED");
        Checks.that(s.status() != AccountStatus.BLOCKED || s.blockReason() != null, "blockReason", "is required while BLOCKED");
    }
}
