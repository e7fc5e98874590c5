package dev.opencif.testkit.builder;

import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.BankingUserStatus;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.kyc.KycLevel;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds online-banking users for tests: by default ACTIVE, with a unique username, owned by a fresh eKYC
 * customer unless an owner is given.
 */
public final class BankingUserBuilder {
    private BankingUserId id;
    private Customer owner;
    private BankingUsername username;
    private BankingUserStatus status = BankingUserStatus.ACTIVE;
    private String lockReason = "locked by test data";

    private BankingUserBuilder() {
    }

    public static BankingUserBuilder aBankingUser() {
        return new BankingUserBuilder();
    }

    public BankingUserBuilder withId(BankingUserId value) {
        id = value;
        return this;
    }

    public BankingUserBuilder ownedBy(Customer value) {
        owner = Objects.requireNonNull(value, "owner");
        return this;
    }

    public BankingUserBuilder withUsername(String value) {
        username = new BankingUsername(value);
        return this;
    }

    public BankingUserBuilder withStatus(BankingUserStatus value) {
        status = Objects.requireNonNull(value, "status");
        return this;
    }

    public BankingUserBuilder lockedBecause(String reason) {
        status = BankingUserStatus.LOCKED;
        lockReason = reason;
        return this;
    }

    /** A never-stored user (version 0) created at {@code clock}'s time; its events stay pending. */
    public OnlineBankingUser build(Clock clock) {
        Instant now = clock.instant();
        Customer holder = owner != null ? owner : CustomerBuilder.aCustomer().withKyc(KycLevel.EKYC).build(clock);
        OnlineBankingUser user = OnlineBankingUser.create(id != null ? id : BankingUserId.random(), holder,
                username != null ? username : UniqueValues.bankingUsername(), now);
        if (status == BankingUserStatus.LOCKED) {
            user.lock(lockReason, now);
        } else if (status == BankingUserStatus.CLOSED) {
            user.close(now);
        }
        return user;
    }
}
