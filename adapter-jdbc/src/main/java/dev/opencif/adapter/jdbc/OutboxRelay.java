package dev.opencif.adapter.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Delivers the outbox: hands unpublished events to a consumer in outbox order and marks each one published,
 * at least once (a crash between delivery and commit delivers the event again). One relay works at a time per
 * database: a batch runs under the lock of the {@code outbox_relay_lease} row, taken with
 * {@code FOR UPDATE SKIP LOCKED}, so a second relay (in this or another process) skips the round instead of
 * delivering the same events in parallel or out of order.
 */
public final class OutboxRelay {
    static final String TAKE_LEASE = "SELECT lease_name FROM outbox_relay_lease WHERE lease_name = :lease FOR UPDATE SKIP LOCKED";
    static final String PENDING = "SELECT id, event_type, aggregate_type, aggregate_id, occurred_at, payload FROM outbox_event"
            + " WHERE published_at IS NULL ORDER BY id LIMIT :batch_size";
    static final String MARK_PUBLISHED = "UPDATE outbox_event SET published_at = :now WHERE id = :id";
    static final String LEASE = "default";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Consumer<? super OutboxEvent> consumer;
    private final int batchSize;

    OutboxRelay(Jdbi jdbi, Clock clock, Consumer<? super OutboxEvent> consumer, int batchSize) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.batchSize = batchSize;
    }

    static void registerMappers(Jdbi jdbi) {
        jdbi.registerRowMapper(OutboxEvent.class, (rs, ctx) -> new OutboxEvent(rs.getLong("id"), rs.getString("event_type"),
                rs.getString("aggregate_type"), rs.getString("aggregate_id"), Rows.instant(rs, "occurred_at"),
                rs.getString("payload")));
    }

    /**
     * Delivers at most one batch. Returns how many events were delivered: 0 when nothing is pending or another relay
     * holds the lease. When the consumer throws, the events delivered before it stay marked, the failed one stays
     * pending, and the consumer's exception is rethrown.
     */
    public int relayBatch() {
        RuntimeException[] failure = new RuntimeException[1];
        int delivered = jdbi.inTransaction(h -> {
            if (h.createQuery(TAKE_LEASE).bind("lease", LEASE).mapTo(String.class).findOne().isEmpty()) {
                return 0;
            }
            List<OutboxEvent> pending = h.createQuery(PENDING).bind("batch_size", batchSize).mapTo(OutboxEvent.class).list();
            int count = 0;
            for (OutboxEvent event : pending) {
                try {
                    consumer.accept(event);
                } catch (RuntimeException e) {
                    failure[0] = e;
                    break;
                }
                h.createUpdate(MARK_PUBLISHED).bindByType("now", clock.instant(), Instant.class).bind("id", event.id()).execute();
                count++;
            }
            return count;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return delivered;
    }

    /** Delivers batches until none is pending (or another relay holds the lease); returns how many were delivered. */
    public int relayAll() {
        int total = 0;
        int delivered;
        do {
            delivered = relayBatch();
            total += delivered;
        } while (delivered == batchSize);
        return total;
    }
}
