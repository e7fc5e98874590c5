package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.EventPublisherPort;
import dev.opencif.domain.shared.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The transactional outbox: {@link #publish} writes the events into {@code outbox_event} in the transaction of
 * the change (inside a unit of work, its transaction), so they are stored if and only if the change commits.
 * {@link OutboxRelay} delivers them.
 */
public final class JdbcEventOutbox implements EventPublisherPort {
    static final String INSERT = "INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, occurred_at, payload)"
            + " VALUES (?, ?, ?, ?, ?)";

    private final JdbcUnitOfWork uow;

    JdbcEventOutbox(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public void publish(List<? extends DomainEvent> events) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()) {
            return;
        }
        List<DomainEvent> copy = List.copyOf(events);
        List<Object[]> rows = new ArrayList<>(copy.size());
        for (DomainEvent event : copy) {
            rows.add(new Object[] {event.type(), event.aggregateType(), event.aggregateId(), event.occurredAt(),
                EventJson.write(event)});
        }
        uow.write(c -> {
            PlainSql.batch(c, INSERT, rows);
            return null;
        }, e -> e);
    }
}
