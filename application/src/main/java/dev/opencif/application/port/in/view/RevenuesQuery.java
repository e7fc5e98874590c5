package dev.opencif.application.port.in.view;

import dev.opencif.application.shared.CustomerRef;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Revenues of a customer between two dates (inclusive). */
public record RevenuesQuery(
        @NotNull CustomerRef customer,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate) {
}
