package dev.opencif.application.shared;

import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Checks;

/**
 * Who asked for a change, and through which door: the channel (dialect), the caller's request id
 * and the authenticated actor (client id, user name). Written to the interaction log; never personal data.
 */
public record Origin(Channel channel, String requestId, String actor) {
    public Origin {
        Checks.required(channel, "origin.channel");
        requestId = Checks.optionalText(requestId, "origin.requestId", 100);
        actor = Checks.optionalText(actor, "origin.actor", 100);
    }

    public static Origin of(Channel channel) {
        return new Origin(channel, null, null);
    }
}
