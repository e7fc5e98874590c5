package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.EventPublisherPort;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The transactional outbox: {@link #publish} writes the events into {@code outbox_event} in the transaction of
 * the change (inside a unit of work, its transaction), so they are stored if and only if the change commits.
 * {@link OutboxRelay} delivers them.
 */
public final class JdbcEventOutbox implements EventPublisherPort {
    static final String INSERT = "INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, occurred_at, payload)"
            + " VALUES (:event_type, :aggregate_type, :aggregate_id, :occurred_at, :payload)";

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
        uow.write(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (DomainEvent event : copy) {
                batch.bind("event_type", event.type())
                        .bind("aggregate_type", event.aggregateType())
                        .bind("aggregate_id", event.aggregateId())
                        .bindByType("occurred_at", event.occurredAt(), Instant.class)
                        .bind("payload", EventJson.write(event))
                        .add();
            }
            return batch.execute();
        }, e -> e);
    }
}
