package dev.opencif.application.port.out;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.shared.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The interaction log and audit trail: append-only. */
public interface InteractionLogPort {

    void append(Interaction interaction);

    /**
     * A customer's interactions in {@code [from, to)}, newest first, at most {@code limit}; an empty
     * {@code channels} set means every channel.
     */
    List<Interaction> find(CustomerId customer, Instant from, Instant to, Set<Channel> channels, int limit);
}
