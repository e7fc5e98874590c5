package dev.opencif.application.port.in.view;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.domain.shared.Channel;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Set;

/** A customer's interactions in {@code [from, to)}, optionally only some channels. */
public record RecentInteractionsQuery(
        @NotNull CustomerRef customer,
        @NotNull Instant from,
        @NotNull Instant to,
        Set<Channel> channels) {
    public RecentInteractionsQuery {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }
}
