package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.shared.Money;
import jakarta.validation.constraints.NotNull;

/** The new account limit of an eKYC customer. */
public record UpdateEkycLimitCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull Money limit) {
}
