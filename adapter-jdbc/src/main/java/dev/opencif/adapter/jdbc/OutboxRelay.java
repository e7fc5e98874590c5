package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.EventDeliveryPort;
import dev.opencif.application.port.out.OutboxEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Delivers the outbox, at least once, in outbox order, outside any database transaction. One round: (1) a short
 * transaction takes (or renews) the relay lease — one row, held by one relay until a deadline — and reads the next
 * pending batch; (2) the batch goes to the {@link EventDeliveryPort} with no transaction open and no row locked;
 * (3) a second short transaction marks it delivered. A round ends by giving the lease up. A relay that dies between
 * (2) and (3) leaves the batch pending and its lease running: once the lease expires, the next relay delivers the batch
 * again, with the same event ids. Only the lease holder delivers, so events
 * leave in id order, which per aggregate is the order of its changes (writes to one aggregate serialise on its row, and
 * its events are inserted in the transaction of the change). Delivered rows older than the retention are purged by the
 * relay itself, at most once per {@link #PURGE_INTERVAL}.
 */
public final class OutboxRelay {
    static final String LEASE = "default";
    static final String TAKE_LEASE = "UPDATE outbox_relay_lease SET holder = ?, held_until = ?"
            + " WHERE lease_name = ? AND (holder IS NULL OR holder = ? OR held_until <= ?)";
    static final String RELEASE_LEASE = "UPDATE outbox_relay_lease SET holder = NULL, held_until = NULL"
            + " WHERE lease_name = ? AND holder = ?";
    static final String PENDING = "SELECT id, event_type, aggregate_type, aggregate_id, occurred_at, payload FROM outbox_event"
            + " WHERE published_at IS NULL ORDER BY id LIMIT ?";
    static final String MARK_DELIVERED = "UPDATE outbox_event SET published_at = ? WHERE id IN (<ids>) AND published_at IS NULL";
    static final String PURGE = "DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?";
    static final String BACKLOG = "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL";
    /** How often the relay deletes delivered rows older than the retention. */
    static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

    private final JdbcUnitOfWork uow;
    private final Clock clock;
    private final EventDeliveryPort delivery;
    private final int batchSize;
    private final Duration leaseDuration;
    private final Duration retention;
    private final String holder = "relay-" + UUID.randomUUID();
    private Instant nextPurge = Instant.MIN;

    OutboxRelay(JdbcUnitOfWork uow, Clock clock, EventDeliveryPort delivery, JdbcOptions options) {
        this.uow = Objects.requireNonNull(uow, "uow");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.batchSize = options.outboxBatchSize();
        this.leaseDuration = options.outboxLease();
        this.retention = options.outboxRetention();
    }

    /** This relay's name in the lease row. */
    public String holder() {
        return holder;
    }

    /**
     * Delivers at most one batch and returns its size: 0 when nothing is pending or another relay holds the lease.
     * When delivery throws, the batch stays pending and the exception is passed on.
     */
    public int relayBatch() {
        List<OutboxEvent> batch = uow.write(c -> {
            Instant now = clock.instant();
            if (PlainSql.update(c, TAKE_LEASE, holder, now.plus(leaseDuration), LEASE, holder, now) == 0) {
                return List.<OutboxEvent>of();
            }
            return PlainSql.list(c, PENDING, rs -> new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), Rows.instant(rs, 5), rs.getString(6)), batchSize);
        }, e -> e);
        if (batch.isEmpty()) {
            return 0;
        }
        delivery.deliver(batch);
        Object[] params = new Object[batch.size() + 1];
        params[0] = clock.instant();
        for (int i = 0; i < batch.size(); i++) {
            params[i + 1] = batch.get(i).id();
        }
        String mark = MARK_DELIVERED.replace("<ids>", "?, ".repeat(batch.size() - 1) + "?");
        uow.write(c -> PlainSql.update(c, mark, params), e -> e);
        return batch.size();
    }

    /**
     * One round: delivers batches until none is pending (or another relay holds the lease), gives the lease up — also
     * when delivery fails, so another relay may try — then purges if due; how many were delivered.
     */
    public int relayAll() {
        int total = 0;
        int delivered;
        try {
            do {
                delivered = relayBatch();
                total += delivered;
            } while (delivered == batchSize);
        } finally {
            releaseLease();
        }
        Instant now = clock.instant();
        if (!now.isBefore(nextPurge)) {
            purge();
            nextPurge = now.plus(PURGE_INTERVAL);
        }
        return total;
    }

    /** Deletes delivered events older than the retention; how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(retention);
        return uow.write(c -> PlainSql.update(c, PURGE, cutoff), e -> e);
    }

    /** Events not yet delivered. */
    public long backlog() {
        return uow.read(c -> PlainSql.single(c, BACKLOG));
    }

    /** Gives the lease up (at shutdown), so another relay need not wait for it to expire. */
    public void releaseLease() {
        uow.write(c -> PlainSql.update(c, RELEASE_LEASE, LEASE, holder), e -> e);
    }
}
