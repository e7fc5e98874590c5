package dev.opencif.server;

import dev.opencif.adapter.amqp.AmqpEventDelivery;
import dev.opencif.adapter.amqp.AmqpSettings;
import dev.opencif.adapter.jdbc.OutboxRelay;
import dev.opencif.application.port.out.EventDeliveryPort;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the outbox relay delivers: RabbitMQ when {@code --amqp-url} is given (exchange {@code amqp.exchange}, CloudEvents
 * source {@code amqp.source} from the configuration file), otherwise a log line per event, the events kept in the
 * outbox table as the record. A failed round is retried after 1, 2, 4 … up to 30 seconds, so an unreachable broker is
 * neither hammered nor lost: the events wait in the outbox.
 */
final class EventDestination implements AutoCloseable {
    private static final Logger OUTBOX = LoggerFactory.getLogger("dev.opencif.server.outbox");
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final EventDeliveryPort delivery;
    private final AmqpEventDelivery broker;
    private int failures;
    private long nextAttemptNanos;

    private EventDestination(EventDeliveryPort delivery, AmqpEventDelivery broker) {
        this.delivery = delivery;
        this.broker = broker;
    }

    static EventDestination of(ServerConfig config) {
        if (config.amqpUrl() == null) {
            return new EventDestination(batch -> batch.forEach(event -> OUTBOX.info("event {} on {} {} kept in the outbox (#{})",
                    event.type(), event.aggregateType(), event.aggregateId(), event.id())), null);
        }
        AmqpSettings settings;
        try {
            settings = AmqpSettings.of(config.amqpUrl())
                    .withExchange(config.settings().get("amqp.exchange").orElse(AmqpSettings.DEFAULT_EXCHANGE))
                    .withSource(URI.create(config.settings().get("amqp.source").orElse(AmqpSettings.DEFAULT_SOURCE.toString())));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("amqp settings: " + e.getMessage(), e);
        }
        AmqpEventDelivery broker = new AmqpEventDelivery(settings);
        OUTBOX.info("the outbox relay publishes to {}", settings);
        return new EventDestination(broker, broker);
    }

    EventDeliveryPort delivery() {
        return delivery;
    }

    /** One relay round, unless a recent failure asks to wait; a failure doubles the wait, a success resets it. */
    synchronized void relayOnce(OutboxRelay relay) {
        if (failures > 0 && System.nanoTime() < nextAttemptNanos) {
            return;
        }
        try {
            relay.relayAll();
            failures = 0;
        } catch (RuntimeException e) {
            failures++;
            long waitSeconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(failures - 1, 5));
            nextAttemptNanos = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
            OUTBOX.warn("outbox relay failed ({}{}), events stay in the outbox; next attempt in {} s", e.getClass().getName(),
                    e.getCause() == null ? "" : " <- " + e.getCause().getClass().getName(), waitSeconds);
        }
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
    }
}
