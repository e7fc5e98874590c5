package dev.opencif.application.port.in.banking;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.identifier.BankingUsername;
import jakarta.validation.constraints.NotNull;

/** Lock (with a reason), unlock, or record a login attempt of a banking user. */
public record UpdateBankingUserStatusCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull BankingUsername username,
        @NotNull BankingUserAction action,
        String reason) {
}
