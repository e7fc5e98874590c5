package dev.opencif.application.port.in.account;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.account.ProductType;
import jakarta.validation.constraints.NotNull;

/** Open an account; {@code iban} may be given (counterparty) or is issued. */
public record OpenAccountCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull Viewer viewer,
        @NotNull ProductType product,
        @NotNull Asset asset,
        Iban iban) {
}
