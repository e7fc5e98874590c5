package dev.opencif.domain.interaction;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InteractionTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void keeps_trimmed_operation_and_drops_blank_optional_text() {
        Interaction interaction = new Interaction(InteractionId.random(), CustomerId.random(), Channel.ESB, " update-customer ",
                NOW, " ", " teller-7 ", Outcome.SUCCESS);

        assertThat(interaction.operation()).isEqualTo("update-customer");
        assertThat(interaction.requestId()).isNull();
        assertThat(interaction.actor()).isEqualTo("teller-7");
    }

    @Test
    void requires_customer_channel_operation_time_and_outcome() {
        assertValidationFails(() -> new Interaction(InteractionId.random(), null, Channel.ESB, "op", NOW, null, null, Outcome.SUCCESS), "customerId");
        assertValidationFails(() -> new Interaction(InteractionId.random(), CustomerId.random(), null, "op", NOW, null, null, Outcome.SUCCESS), "channel");
        assertValidationFails(() -> new Interaction(InteractionId.random(), CustomerId.random(), Channel.ESB, " ", NOW, null, null, Outcome.SUCCESS), "operation");
        assertValidationFails(() -> new Interaction(InteractionId.random(), CustomerId.random(), Channel.ESB, "op", null, null, null, Outcome.SUCCESS), "occurredAt");
        assertValidationFails(() -> new Interaction(InteractionId.random(), CustomerId.random(), Channel.ESB, "op", NOW, null, null, null), "outcome");
    }

    @Test
    void interaction_id_parses_uuids_only() {
        InteractionId id = InteractionId.random();

        assertThat(InteractionId.parse(id.toString())).isEqualTo(id);
        assertValidationFails(() -> InteractionId.parse("42"), "interactionId");
    }
}
