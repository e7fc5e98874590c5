package dev.opencif.adapter.jdbc;

import java.time.Instant;
import java.util.Objects;

/** One stored domain event as the outbox relay hands it on: position, type, aggregate, time and JSON payload. */
public record OutboxEvent(long id, String type, String aggregateType, String aggregateId, Instant occurredAt, String payload) {
    public OutboxEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
