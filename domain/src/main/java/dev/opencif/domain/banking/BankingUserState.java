package dev.opencif.domain.banking;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.shared.Checks;
import java.time.Instant;

/** The stored form of an {@link OnlineBankingUser}. */
public record BankingUserState(BankingUserId id, CustomerId customerId, BankingUsername username, BankingUserStatus status,
                               int failedAttempts, String lockReason, Instant createdAt, Instant updatedAt, long version) {
    public BankingUserState {
        Checks.required(id, "bankingUserId");
        Checks.required(customerId, "customerId");
        Checks.required(username, "username");
        Checks.required(status, "status");
        Checks.that(failedAttempts >= 0 && failedAttempts <= OnlineBankingUser.MAX_FAILED_ATTEMPTS, "failedAttempts",
                "must be between 0 and " + OnlineBankingUser.MAX_FAILED_ATTEMPTS);
        lockReason = Checks.optionalMultilineText(lockReason, "lockReason", 500);
        Checks.that(status != BankingUserStatus.LOCKED || lockReason != null, "lockReason", "is required while LOCKED");
        Checks.required(createdAt, "createdAt");
        Checks.required(updatedAt, "updatedAt");
        Checks.that(version >= 0, "version", "must not be negative");
    }
}
