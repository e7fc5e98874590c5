package dev.opencif.application.port.out;

import java.util.List;

/**
 * Where the outbox relay delivers stored events: a message broker, a log, a test's list. Delivery is at least once: a
 * batch whose delivery failed, or whose success was not recorded (a crash in between), is delivered again, with the
 * same event ids, so a receiver de-duplicates on {@link OutboxEvent#id()}.
 */
public interface EventDeliveryPort {

    /**
     * Delivers {@code batch} (outbox order: per aggregate, the order the changes were made) and returns only once every
     * event of it was accepted for good (for a broker: confirmed). Throwing leaves the whole batch pending.
     */
    void deliver(List<OutboxEvent> batch);
}
