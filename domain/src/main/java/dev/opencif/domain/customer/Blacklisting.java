package dev.opencif.domain.customer;

import dev.opencif.domain.shared.Checks;
import java.time.Instant;

/** Why and since when a customer is blacklisted (all accounts and the banking user blocked). */
public record Blacklisting(String reason, Instant since) {
    public Blacklisting {
        reason = Checks.text(reason, "reason", 500);
        Checks.required(since, "since");
    }
}
