package dev.opencif.application.port.in.banking;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.domain.identifier.BankingUsername;
import jakarta.validation.constraints.NotNull;

/** Which banking user: the customer and the username must belong together. */
public record GetBankingUserQuery(
        @NotNull CustomerRef customer,
        @NotNull BankingUsername username) {
}
