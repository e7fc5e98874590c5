package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import jakarta.validation.constraints.NotNull;

/** Lift a customer's blacklisting. */
public record LiftBlacklistCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer) {
}
