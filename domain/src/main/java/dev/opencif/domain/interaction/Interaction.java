package dev.opencif.domain.interaction;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Checks;
import java.time.Instant;

/**
 * One entry of the interaction log and audit trail: which channel did which operation for which
 * customer, when, under which request id, with what outcome. Never holds personal data.
 */
public record Interaction(
        InteractionId id,
        CustomerId customerId,
        Channel channel,
        String operation,
        Instant occurredAt,
        String requestId,
        String actor,
        Outcome outcome) {

    public Interaction {
        Checks.required(id, "interactionId");
        Checks.required(customerId, "customerId");
        Checks.required(channel, "channel");
        operation = Checks.text(operation, "operation", 100);
        Checks.required(occurredAt, "occurredAt");
        requestId = Checks.optionalText(requestId, "requestId", 100);
        actor = Checks.optionalText(actor, "actor", 100);
        Checks.required(outcome, "outcome");
    }
}
