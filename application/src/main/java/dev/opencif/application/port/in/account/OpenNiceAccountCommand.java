package dev.opencif.application.port.in.account;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import jakarta.validation.constraints.NotNull;

/** Open an account with a number the customer holds. */
public record OpenNiceAccountCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull AccountNumber number,
        @NotNull ProductType product,
        @NotNull Asset asset) {
}
