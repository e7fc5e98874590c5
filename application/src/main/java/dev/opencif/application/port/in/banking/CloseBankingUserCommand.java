package dev.opencif.application.port.in.banking;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.identifier.BankingUsername;
import jakarta.validation.constraints.NotNull;

/** Close a customer's internet banking user. */
public record CloseBankingUserCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull BankingUsername username) {
}
