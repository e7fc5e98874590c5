package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.EventPublisherPort;
import dev.opencif.domain.shared.DomainEvent;
import java.util.List;
import java.util.Objects;

/** A transactional outbox in memory: published events are kept in order and vanish when the unit of work rolls back. */
public final class InMemoryEventOutbox implements EventPublisherPort {
    private final InMemoryDatabase db;

    InMemoryEventOutbox(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void publish(List<? extends DomainEvent> events) {
        Objects.requireNonNull(events, "events");
        List<DomainEvent> copy = List.copyOf(events);
        db.locked(() -> copy.forEach(e -> db.append(db.events, e)));
    }

    /** Every committed (or, inside a unit of work, pending) event in publication order. */
    public List<DomainEvent> published() {
        return db.locked(() -> List.copyOf(db.events));
    }

    /** The published events of one type, in order. */
    public <E extends DomainEvent> List<E> published(Class<E> type) {
        return published().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
