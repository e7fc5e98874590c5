package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Blacklist a customer for a reason. */
public record BlacklistCustomerCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotBlank String reason) {
}
