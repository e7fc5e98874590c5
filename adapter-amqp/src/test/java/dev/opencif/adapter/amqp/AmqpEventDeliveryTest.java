package dev.opencif.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.GetResponse;
import dev.opencif.application.port.out.OutboxEvent;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay's RabbitMQ destination against the real broker on 127.0.0.1:5672 (guest/guest), each test on an
 * exchange and queue of its own, deleted afterwards: events arrive as persistent CloudEvents in outbox order, and a
 * cut network leaves the batch undelivered (the relay keeps it) until the next attempt publishes it, same ids.
 */
class AmqpEventDeliveryTest {
    static final String BROKER = TestQueue.BROKER;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");

    private TestQueue queue;
    private String exchange;

    @BeforeEach
    void bindAQueue() throws IOException, TimeoutException {
        queue = new TestQueue();
        exchange = queue.exchange();
    }

    @AfterEach
    void deleteThem() throws IOException, TimeoutException {
        queue.close();
    }

    private static OutboxEvent event(long id, String type, String aggregateType, String aggregateId) {
        return new OutboxEvent(id, type, aggregateType, aggregateId, T0.plusSeconds(id), "{\"n\":" + id + ",\"name\":\"Ana\"}");
    }

    private List<GetResponse> received(int expected) throws IOException, InterruptedException {
        return queue.take(expected, Duration.ofSeconds(10));
    }

    @Test
    void a_batch_arrives_as_persistent_cloud_events_in_outbox_order() throws Exception {
        String customer = UUID.randomUUID().toString();
        List<OutboxEvent> batch = List.of(event(1, "CustomerOnboarded", "Customer", customer),
                event(2, "AccountOpened", "Account", "acc-1"), event(3, "CustomerBlacklisted", "Customer", customer),
                event(4, "Started", "OnboardingProcess", "2104280309000001"));
        try (AmqpEventDelivery delivery = new AmqpEventDelivery(AmqpSettings.of(BROKER).withExchange(exchange)
                .withSource(URI.create("urn:opencif:test")))) {
            delivery.deliver(batch);
        }

        List<GetResponse> messages = received(4);
        assertThat(messages).extracting(m -> m.getEnvelope().getRoutingKey())
                .containsExactly("customer.onboarded", "account.opened", "customer.blacklisted", "onboarding-process.started");
        GetResponse first = messages.get(0);
        assertThat(first.getProps().getDeliveryMode()).as("persistent").isEqualTo(2);
        assertThat(first.getProps().getContentType()).isEqualTo("application/cloudevents+json");
        assertThat(first.getProps().getMessageId()).isEqualTo("1");
        JsonNode cloudEvent = JSON.readTree(first.getBody());
        assertThat(cloudEvent.path("specversion").asText()).isEqualTo("1.0");
        assertThat(cloudEvent.path("id").asText()).isEqualTo("1");
        assertThat(cloudEvent.path("source").asText()).isEqualTo("urn:opencif:test");
        assertThat(cloudEvent.path("type").asText()).isEqualTo("dev.opencif.customer.onboarded");
        assertThat(cloudEvent.path("subject").asText()).isEqualTo(customer);
        assertThat(Instant.parse(cloudEvent.path("time").asText())).isEqualTo(T0.plusSeconds(1));
        assertThat(cloudEvent.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(cloudEvent.path("data")).isEqualTo(JSON.readTree("{\"n\":1,\"name\":\"Ana\"}"));
        assertThat(messages).extracting(m -> m.getProps().getMessageId()).containsExactly("1", "2", "3", "4");
    }

    @Test
    void a_cut_network_fails_the_batch_which_the_next_attempt_publishes_with_the_same_ids() throws Exception {
        try (TogglingProxy proxy = new TogglingProxy(5672);
             AmqpEventDelivery delivery = new AmqpEventDelivery(AmqpSettings.of("amqp://guest:guest@127.0.0.1:" + proxy.port())
                     .withExchange(exchange).withTimeout(Duration.ofSeconds(3)))) {
            delivery.deliver(List.of(event(1, "CustomerOnboarded", "Customer", "c-1")));
            assertThat(received(1)).hasSize(1);

            proxy.cut();
            List<OutboxEvent> pending = List.of(event(2, "CustomerUpdated", "Customer", "c-1"),
                    event(3, "CustomerBlacklisted", "Customer", "c-1"));
            assertThatThrownBy(() -> delivery.deliver(pending)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("stay in the outbox").hasMessageNotContaining("guest");

            proxy.restore();
            delivery.deliver(pending);
            List<GetResponse> after = received(2);
            assertThat(after).extracting(m -> m.getProps().getMessageId()).containsExactly("2", "3");
        }
    }

    @Test
    void settings_refuse_what_is_not_a_broker_and_never_print_the_password() {
        assertThatThrownBy(() -> AmqpSettings.of("http://broker")).hasMessageContaining("amqp://");
        assertThatThrownBy(() -> AmqpSettings.of(BROKER).withExchange("no spaces please")).hasMessageContaining("exchange");
        assertThat(AmqpSettings.of("amqp://opencif:s3cret@mq.bank.example:5672/core").toString())
                .contains("amqp://opencif:***@mq.bank.example:5672/core").doesNotContain("s3cret");
    }
}
