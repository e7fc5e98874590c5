package dev.opencif.testkit.contract;

import dev.opencif.domain.shared.DomainEvent;
import java.util.Objects;

/** What an outbox keeps of a published event, as far as the contract suites compare it: type and aggregate. */
public record StoredEvent(String type, String aggregateType, String aggregateId) {
    public StoredEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
    }

    public static StoredEvent of(DomainEvent event) {
        return new StoredEvent(event.type(), event.aggregateType(), event.aggregateId());
    }
}
