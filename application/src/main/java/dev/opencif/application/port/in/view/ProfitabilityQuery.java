package dev.opencif.application.port.in.view;

import dev.opencif.application.shared.CustomerRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Profitability of one indicator (e.g. {@code TRANSFER}, or {@code ALL}) over an optional period. */
public record ProfitabilityQuery(
        @NotNull CustomerRef customer,
        @NotBlank String indicator,
        Instant from,
        Instant to) {
}
