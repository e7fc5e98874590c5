package dev.opencif.adapter.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.opencif.application.port.out.EventDeliveryPort;
import dev.opencif.application.port.out.OutboxEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay's destination on RabbitMQ: every event a persistent CloudEvents 1.0 JSON message on a durable topic
 * exchange, routing key {@code <aggregate>.<event>} (e.g. {@code customer.onboarded}), published with publisher
 * confirms. {@link #deliver} returns only when the broker confirmed the whole batch, so the relay marks events
 * delivered only then; on any failure it throws, the batch stays in the outbox, and the next round publishes it again
 * on a new connection, with the same event ids ({@code id}, also the AMQP {@code message-id}) for receivers to
 * de-duplicate on. One batch is published in outbox order on one channel, so per-aggregate order is kept.
 */
public final class AmqpEventDelivery implements EventDeliveryPort, AutoCloseable {
    /** The content type of a CloudEvent in structured JSON mode. */
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private static final Logger LOG = LoggerFactory.getLogger(AmqpEventDelivery.class);
    private static final EventFormat FORMAT = new JsonFormat();
    private static final String TYPE_PREFIX = "dev.opencif.";
    private static final Pattern FIRST_WORD = Pattern.compile("^([A-Z][a-z0-9]*).*$");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

    private final ConnectionFactory factory;
    private final AmqpSettings settings;
    private Connection connection;
    private Channel channel;

    public AmqpEventDelivery(AmqpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.factory = settings.connectionFactory();
        factory.setAutomaticRecoveryEnabled(false);
        factory.setRequestedHeartbeat(10);
    }

    @Override
    public synchronized void deliver(List<OutboxEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            Channel open = channel();
            for (OutboxEvent event : batch) {
                String routingKey = routingKey(event);
                String type = TYPE_PREFIX + routingKey;
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                        .contentType(CONTENT_TYPE)
                        .deliveryMode(2)
                        .messageId(String.valueOf(event.id()))
                        .timestamp(java.util.Date.from(event.occurredAt()))
                        .type(type)
                        .build();
                open.basicPublish(settings.exchange(), routingKey, false, properties, FORMAT.serialize(cloudEvent(event, type)));
            }
            open.waitForConfirmsOrDie(settings.timeout().toMillis());
        } catch (IOException | TimeoutException | RuntimeException e) {
            disconnect();
            throw new IllegalStateException("the broker did not confirm " + batch.size() + " event(s); they stay in the outbox: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            disconnect();
            throw new IllegalStateException("interrupted while waiting for the broker's confirms", e);
        }
    }

    /** The event as a CloudEvent of {@code type}: id, source, type, subject, time, JSON data. */
    private CloudEvent cloudEvent(OutboxEvent event, String type) {
        return CloudEventBuilder.v1()
                .withId(String.valueOf(event.id()))
                .withSource(settings.source())
                .withType(type)
                .withSubject(event.aggregateId())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.payload().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** {@code dev.opencif.<aggregate>.<event>}, e.g. {@code dev.opencif.customer.onboarded}. */
    static String type(OutboxEvent event) {
        return TYPE_PREFIX + routingKey(event);
    }

    /**
     * {@code <aggregate>.<event>} in kebab case, the aggregate's name (or its first word) dropped from the front of the
     * event's: {@code Customer}/{@code CustomerOnboarded} is {@code customer.onboarded},
     * {@code OnboardingProcess}/{@code OnboardingStarted} is {@code onboarding-process.started},
     * {@code Agreement}/{@code ConsentGranted} is {@code agreement.consent-granted}.
     */
    static String routingKey(OutboxEvent event) {
        String aggregate = event.aggregateType();
        String firstWord = FIRST_WORD.matcher(aggregate).replaceAll("$1");
        String name = event.type();
        for (String prefix : List.of(aggregate, firstWord)) {
            if (name.startsWith(prefix) && name.length() > prefix.length() && Character.isUpperCase(name.charAt(prefix.length()))) {
                name = name.substring(prefix.length());
                break;
            }
        }
        return kebab(aggregate) + "." + kebab(name);
    }

    private static String kebab(String camel) {
        return WORD_BOUNDARY.matcher(camel).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    private Channel channel() throws IOException, TimeoutException {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        disconnect();
        connection = factory.newConnection("opencif-outbox-relay");
        channel = connection.createChannel();
        channel.confirmSelect();
        channel.exchangeDeclare(settings.exchange(), "topic", true);
        LOG.info("outbox relay connected to the broker, exchange {}", settings.exchange());
        return channel;
    }

    private void disconnect() {
        if (connection != null) {
            try {
                connection.abort(1000);
            } catch (RuntimeException ignored) {
                // the connection is gone either way
            }
        }
        connection = null;
        channel = null;
    }

    @Override
    public synchronized void close() {
        disconnect();
    }
}
