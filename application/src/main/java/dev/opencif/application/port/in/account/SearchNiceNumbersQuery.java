package dev.opencif.application.port.in.account;

import dev.opencif.domain.nicenumber.NicePattern;
import dev.opencif.domain.nicenumber.NiceTier;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Nice numbers matching a pattern, at least {@code minimumTier}, at most {@code limit} (1 to 100). */
public record SearchNiceNumbersQuery(
        @NotNull NicePattern pattern,
        NiceTier minimumTier,
        @Min(1) @Max(100) int limit) {
}
