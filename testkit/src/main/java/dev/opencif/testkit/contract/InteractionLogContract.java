package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.interaction.InteractionId;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.shared.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.InteractionLogPort}: append-only, read back newest first within
 * a half-open period, filtered by channel and limited.
 */
public abstract class InteractionLogContract extends PortContract {

    private Interaction append(CustomerId customer, Channel channel, Instant at, String operation) {
        Interaction interaction = new Interaction(InteractionId.random(), customer, channel, operation, at, "req-" + operation,
                "tester", Outcome.SUCCESS);
        ports.interactions().append(interaction);
        return interaction;
    }

    @Test
    public void reads_back_appended_interactions_newest_first_with_every_field() {
        CustomerId customer = storedCustomer().id();
        Instant t0 = now();
        Interaction first = append(customer, Channel.ESB, t0, "create-customer");
        Interaction second = append(customer, Channel.CALLACTION, t0.plusSeconds(10), "update-address");
        Interaction third = append(customer, Channel.BLINK, t0.plusSeconds(20), "read-persons");

        assertThat(ports.interactions().find(customer, t0, t0.plusSeconds(60), Set.of(), 10)).containsExactly(third, second, first);
    }

    @Test
    public void only_interactions_from_inclusive_to_exclusive_are_returned() {
        CustomerId customer = storedCustomer().id();
        Instant from = now();
        Instant to = from.plus(Duration.ofDays(1));
        append(customer, Channel.ESB, from.minusSeconds(1), "before");
        Interaction atFrom = append(customer, Channel.ESB, from, "at-from");
        Interaction inside = append(customer, Channel.ESB, to.minusSeconds(1), "inside");
        append(customer, Channel.ESB, to, "at-to");

        assertThat(ports.interactions().find(customer, from, to, Set.of(), 10)).containsExactly(inside, atFrom);
    }

    @Test
    public void filters_by_channels_and_an_empty_set_means_every_channel() {
        CustomerId customer = storedCustomer().id();
        Instant t0 = now();
        Interaction esb = append(customer, Channel.ESB, t0, "a");
        Interaction blink = append(customer, Channel.BLINK, t0.plusSeconds(1), "b");
        Interaction callAction = append(customer, Channel.CALLACTION, t0.plusSeconds(2), "c");

        assertThat(ports.interactions().find(customer, t0, t0.plusSeconds(10), Set.of(Channel.ESB, Channel.CALLACTION), 10))
                .containsExactly(callAction, esb);
        assertThat(ports.interactions().find(customer, t0, t0.plusSeconds(10), Set.of(), 10))
                .containsExactly(callAction, blink, esb);
        assertThat(ports.interactions().find(customer, t0, t0.plusSeconds(10), Set.of(Channel.COUNTERPARTY), 10)).isEmpty();
    }

    @Test
    public void returns_at_most_limit_newest_interactions() {
        CustomerId customer = storedCustomer().id();
        Instant t0 = now();
        for (int i = 0; i < 5; i++) {
            append(customer, Channel.ESB, t0.plusSeconds(i), "op-" + i);
        }

        assertThat(ports.interactions().find(customer, t0, t0.plusSeconds(10), Set.of(), 2))
                .extracting(Interaction::operation).containsExactly("op-4", "op-3");
    }

    @Test
    public void never_returns_another_customers_interactions() {
        CustomerId customer = storedCustomer().id();
        CustomerId other = storedCustomer().id();
        append(other, Channel.ESB, now(), "theirs");

        assertThat(ports.interactions().find(customer, now(), now().plusSeconds(1), Set.of(), 10)).isEmpty();
    }
}
