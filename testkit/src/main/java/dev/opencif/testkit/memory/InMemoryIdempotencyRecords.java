package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.IdempotencyRecordPort;
import dev.opencif.application.shared.IdempotencyKey;
import dev.opencif.application.shared.RequestFingerprint;
import dev.opencif.application.shared.StoredAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Idempotency records in memory. A unit of work holds the database lock until it ends, so a second request with a
 * key waits for the first to commit and then finds its answer, as on PostgreSQL.
 */
public final class InMemoryIdempotencyRecords implements IdempotencyRecordPort {
    private final InMemoryDatabase db;

    /** One record: the request's fingerprint and, once completed, its answer. */
    record Row(RequestFingerprint fingerprint, StoredAnswer answer, Instant createdAt, Instant expiresAt) {
        boolean liveAt(Instant now) {
            return expiresAt.isAfter(now);
        }
    }

    InMemoryIdempotencyRecords(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<Stored> find(IdempotencyKey key, Instant now) {
        Objects.requireNonNull(key, "key");
        return db.locked(() -> Optional.ofNullable(db.idempotency.get(key))
                .filter(row -> row.answer() != null && row.liveAt(now))
                .map(row -> new Stored(row.fingerprint(), row.answer(), row.createdAt())));
    }

    @Override
    public boolean claim(IdempotencyKey key, RequestFingerprint fingerprint, Instant now, Instant expiresAt) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        requireUnitOfWork();
        return db.locked(() -> {
            Row existing = db.idempotency.get(key);
            if (existing != null && existing.liveAt(now)) {
                return false;
            }
            db.put(db.idempotency, key, new Row(fingerprint, null, now, expiresAt));
            return true;
        });
    }

    @Override
    public void complete(IdempotencyKey key, StoredAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        requireUnitOfWork();
        db.locked(() -> {
            Row row = db.idempotency.get(key);
            if (row == null || row.answer() != null) {
                throw new IllegalStateException("no claim of this key to complete in the running unit of work");
            }
            db.put(db.idempotency, key, new Row(row.fingerprint(), answer, row.createdAt(), row.expiresAt()));
        });
    }

    private void requireUnitOfWork() {
        if (!db.inTransaction()) {
            throw new IllegalStateException("an idempotency key is claimed and completed inside the unit of work of the write");
        }
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        return db.locked(() -> {
            List<IdempotencyKey> expired = new ArrayList<>();
            for (Map.Entry<IdempotencyKey, Row> entry : db.idempotency.entrySet()) {
                if (!entry.getValue().liveAt(now) && expired.size() < limit) {
                    expired.add(entry.getKey());
                }
            }
            expired.forEach(key -> db.remove(db.idempotency, key));
            return expired.size();
        });
    }
}
