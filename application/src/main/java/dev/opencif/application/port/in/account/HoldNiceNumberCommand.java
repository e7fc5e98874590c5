package dev.opencif.application.port.in.account;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.AccountNumber;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** Hold a nice number for a customer for a while (1 minute to 30 days). */
public record HoldNiceNumberCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull AccountNumber number,
        @NotNull Duration duration) {
}
