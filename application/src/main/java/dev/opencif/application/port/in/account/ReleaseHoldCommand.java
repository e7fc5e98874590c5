package dev.opencif.application.port.in.account;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.AccountNumber;
import jakarta.validation.constraints.NotNull;

/** Give a held number back. */
public record ReleaseHoldCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull AccountNumber number) {
}
