package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import jakarta.validation.constraints.NotNull;

/** Whose eKYC identification to check (by CIF, national id or phone). */
public record CheckEkycStatusQuery(
        @NotNull CustomerRef customer) {
}
