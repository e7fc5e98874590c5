package dev.opencif.server;

import dev.opencif.adapter.amqp.AmqpBookingConsumer;
import dev.opencif.adapter.amqp.AmqpEventDelivery;
import dev.opencif.adapter.amqp.AmqpSettings;
import dev.opencif.adapter.jdbc.OutboxRelay;
import dev.opencif.application.port.in.product.BookLedgerPostingUseCase;
import dev.opencif.application.port.out.EventDeliveryPort;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's link to the broker. Where the outbox relay delivers: RabbitMQ when {@code --amqp-url} is given (exchange
 * {@code amqp.exchange}, CloudEvents source {@code amqp.source} from the configuration file), otherwise a log line per
 * event, the events kept in the outbox table as the record. A failed round is retried after 1, 2, 4 … up to 30 seconds,
 * so an unreachable broker is neither hammered nor lost: the events wait in the outbox. With a broker, the core
 * ledger's postings are also consumed from {@code amqp.bookings-queue} (default {@code opencif.bookings}); a broker
 * that is down at start is tried again every 5 seconds.
 */
final class EventDestination implements AutoCloseable {
    private static final Logger OUTBOX = LoggerFactory.getLogger("dev.opencif.server.outbox");
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final EventDeliveryPort delivery;
    private final AmqpEventDelivery broker;
    private final AmqpSettings settings;
    private AmqpBookingConsumer bookings;
    private java.util.concurrent.ScheduledFuture<?> retry;
    private boolean stopped;
    private int failures;
    private long nextAttemptNanos;

    private EventDestination(EventDeliveryPort delivery, AmqpEventDelivery broker, AmqpSettings settings) {
        this.delivery = delivery;
        this.broker = broker;
        this.settings = settings;
    }

    static EventDestination of(ServerConfig config) {
        if (config.amqpUrl() == null) {
            return new EventDestination(batch -> batch.forEach(event -> OUTBOX.info("event {} on {} {} kept in the outbox (#{})",
                    event.type(), event.aggregateType(), event.aggregateId(), event.id())), null, null);
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
        return new EventDestination(broker, broker, settings);
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

    /**
     * With a broker, consumes the ledger's postings from {@code queue} into {@code bookings}, starting on
     * {@code scheduler} and trying again every 5 seconds while the broker cannot be reached; without one, nothing.
     */
    void consumeBookings(BookLedgerPostingUseCase useCase, String queue, ScheduledExecutorService scheduler) {
        if (settings == null) {
            return;
        }
        AmqpBookingConsumer consumer;
        try {
            consumer = new AmqpBookingConsumer(settings, queue, useCase);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("amqp settings: " + e.getMessage(), e);
        }
        synchronized (this) {
            bookings = consumer;
        }
        scheduler.execute(() -> startBookings(consumer, scheduler));
    }

    private synchronized void startBookings(AmqpBookingConsumer consumer, ScheduledExecutorService scheduler) {
        if (stopped) {
            return;
        }
        try {
            consumer.start();
        } catch (IOException | TimeoutException | RuntimeException e) {
            OUTBOX.warn("cannot consume bookings yet ({}), trying again in 5 s", e.getClass().getName());
            consumer.close();
            if (!scheduler.isShutdown()) {
                retry = scheduler.schedule(() -> startBookings(consumer, scheduler), 5, TimeUnit.SECONDS);
            }
        }
    }

    /** Stops taking bookings (first thing at shutdown: no new writes), and any pending attempt to start. */
    synchronized void stopConsuming() {
        stopped = true;
        if (retry != null) {
            retry.cancel(false);
        }
        if (bookings != null) {
            bookings.close();
        }
    }

    @Override
    public void close() {
        stopConsuming();
        if (broker != null) {
            broker.close();
        }
    }
}
