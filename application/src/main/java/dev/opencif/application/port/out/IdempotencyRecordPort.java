package dev.opencif.application.port.out;

import dev.opencif.application.shared.IdempotencyKey;
import dev.opencif.application.shared.RequestFingerprint;
import dev.opencif.application.shared.StoredAnswer;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the answers of idempotent writes are kept, per key, until they expire. {@link #claim} and {@link #complete}
 * run in the unit of work of the write itself, so a stored answer and the write's effects commit together.
 */
public interface IdempotencyRecordPort {

    /** A stored answer under {@code key}: the request's fingerprint and its answer, unless it expired before {@code now}. */
    record Stored(RequestFingerprint fingerprint, StoredAnswer answer, Instant createdAt) {
    }

    /** The answer stored under {@code key} and not expired at {@code now}. */
    Optional<Stored> find(IdempotencyKey key, Instant now);

    /**
     * Claims {@code key} for a request with {@code fingerprint} in the running unit of work: {@code true} when this
     * unit now holds it (an expired record is replaced), {@code false} when an unexpired record exists. Where another
     * unit of work claimed the key and has not finished, this waits for it (as a unique index does) or, where the
     * store cannot wait, fails with a {@code ConflictException}.
     */
    boolean claim(IdempotencyKey key, RequestFingerprint fingerprint, Instant now, Instant expiresAt);

    /** Stores the answer of the request that claimed {@code key} in this unit of work. */
    void complete(IdempotencyKey key, StoredAnswer answer);

    /** Removes up to {@code limit} records expired before {@code now}; the number removed. */
    int purgeExpired(Instant now, int limit);
}
