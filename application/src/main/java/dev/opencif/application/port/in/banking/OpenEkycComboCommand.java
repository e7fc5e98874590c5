package dev.opencif.application.port.in.banking;

import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.identifier.BankingUsername;
import jakarta.validation.constraints.NotNull;

/** Everything the eKYC combo issues: a customer verified at level EKYC, its payment account and its banking user. */
public record OpenEkycComboCommand(
        @NotNull Origin origin,
        @NotNull CustomerRegistration registration,
        @NotNull Asset accountAsset,
        @NotNull BankingUsername username) {
}
