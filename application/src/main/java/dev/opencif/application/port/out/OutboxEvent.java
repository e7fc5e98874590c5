package dev.opencif.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored domain event as the outbox hands it on: its id (unique, increasing in outbox order: the key a receiver
 * de-duplicates on), type, aggregate, time and JSON payload.
 */
public record OutboxEvent(long id, String type, String aggregateType, String aggregateId, Instant occurredAt, String payload) {
    public OutboxEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
