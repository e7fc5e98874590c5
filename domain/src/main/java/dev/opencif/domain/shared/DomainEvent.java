package dev.opencif.domain.shared;

import java.time.Instant;

/**
 * Something that happened to an aggregate. Each aggregate package declares its own sealed family of
 * events; the outbox stores them with {@link #type()} and {@link #aggregateId()}.
 */
public interface DomainEvent {
    Instant occurredAt();

    /** E.g. {@code Customer}, {@code Account}. */
    String aggregateType();

    String aggregateId();

    /** The event's simple name, e.g. {@code CustomerOnboarded}: stable, used as the outbox type. */
    default String type() {
        return getClass().getSimpleName();
    }
}
