package dev.opencif.domain.customer;

import dev.opencif.domain.shared.Checks;
import java.time.Instant;

/**
 * Why and since when a customer is blacklisted (all accounts and the banking user blocked);
 * {@code blockedCustomer} says whether the blacklisting itself moved the customer from ACTIVE to BLOCKED,
 * so lifting it reverts only that and never an unrelated earlier block.
 */
public record Blacklisting(String reason, Instant since, boolean blockedCustomer) {
    public Blacklisting {
        reason = Checks.multilineText(reason, "reason", 500);
        Checks.required(since, "since");
    }
}
