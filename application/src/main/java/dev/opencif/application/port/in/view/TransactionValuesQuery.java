package dev.opencif.application.port.in.view;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Set;

/** Transaction sums for a period, optionally only some indicators, one direction, inter or intra, one currency. */
public record TransactionValuesQuery(
        @NotNull CustomerRef customer,
        @NotNull Instant from,
        @NotNull Instant to,
        Set<String> indicators,
        Direction direction,
        Scope scope,
        String currency) {
    public TransactionValuesQuery {
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
    }
}
