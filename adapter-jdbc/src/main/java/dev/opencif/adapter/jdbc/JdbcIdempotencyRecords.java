package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.IdempotencyRecordPort;
import dev.opencif.application.shared.IdempotencyKey;
import dev.opencif.application.shared.RequestFingerprint;
import dev.opencif.application.shared.StoredAnswer;
import dev.opencif.domain.error.ConflictException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Idempotency records in {@code idempotency_record}. The claim is an insert-if-absent on the primary key: on
 * PostgreSQL a second transaction inserting the same key waits until the first commits (then finds its answer) or
 * rolls back (then claims the key itself). Where the database gives up waiting (a lock timeout), the claim is a
 * {@link ConflictException}: in progress, retry.
 */
public final class JdbcIdempotencyRecords implements IdempotencyRecordPort {
    static final String FIND = "SELECT fingerprint, status, headers, body, created_at FROM idempotency_record"
            + " WHERE scope = ? AND client_id = ? AND idem_key = ? AND status IS NOT NULL AND expires_at > ?";
    static final String CLAIM = "INSERT INTO idempotency_record (scope, client_id, idem_key, fingerprint, created_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    static final String DROP_EXPIRED = "DELETE FROM idempotency_record WHERE scope = ? AND client_id = ? AND idem_key = ?"
            + " AND expires_at <= ?";
    static final String COMPLETE = "UPDATE idempotency_record SET status = ?, headers = ?, body = ?"
            + " WHERE scope = ? AND client_id = ? AND idem_key = ? AND status IS NULL";
    static final String PURGE = "DELETE FROM idempotency_record WHERE (scope, client_id, idem_key) IN"
            + " (SELECT scope, client_id, idem_key FROM idempotency_record WHERE expires_at <= ? ORDER BY expires_at LIMIT ?)";
    /** SQLStates of a lock wait given up: PostgreSQL lock_not_available, H2 lock timeout. */
    private static final java.util.Set<String> LOCK_TIMEOUTS = java.util.Set.of("55P03", "HYT00");

    private final JdbcUnitOfWork uow;

    JdbcIdempotencyRecords(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public Optional<Stored> find(IdempotencyKey key, Instant now) {
        Objects.requireNonNull(key, "key");
        return uow.read(c -> PlainSql.first(c, FIND, rs -> new Stored(new RequestFingerprint(rs.getString(1)),
                new StoredAnswer(rs.getInt(2), headers(rs.getString(3)), rs.getBytes(4)), Rows.instant(rs, 5)),
                key.scope(), key.client(), key.key(), now));
    }

    @Override
    public boolean claim(IdempotencyKey key, RequestFingerprint fingerprint, Instant now, Instant expiresAt) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        requireUnitOfWork();
        return uow.write(c -> {
            if (PlainSql.update(c, CLAIM, key.scope(), key.client(), key.key(), fingerprint.sha256(), now, expiresAt) == 1) {
                return true;
            }
            if (PlainSql.update(c, DROP_EXPIRED, key.scope(), key.client(), key.key(), now) == 1) {
                return PlainSql.update(c, CLAIM, key.scope(), key.client(), key.key(), fingerprint.sha256(), now, expiresAt) == 1;
            }
            return false;
        }, JdbcIdempotencyRecords::inProgressOnLockTimeout);
    }

    @Override
    public void complete(IdempotencyKey key, StoredAnswer answer) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(answer, "answer");
        requireUnitOfWork();
        uow.write(c -> {
            if (PlainSql.update(c, COMPLETE, answer.status(), headers(answer.headers()), answer.body(), key.scope(), key.client(),
                    key.key()) != 1) {
                throw new IllegalStateException("no claim of this idempotency key to complete in the running unit of work");
            }
            return null;
        }, e -> e);
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        return uow.write(c -> PlainSql.update(c, PURGE, now, limit), e -> e);
    }

    private void requireUnitOfWork() {
        if (!uow.isActive()) {
            throw new IllegalStateException("an idempotency key is claimed and completed inside the unit of work of the write");
        }
    }

    private static RuntimeException inProgressOnLockTimeout(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOCK_TIMEOUTS.contains(sql.getSQLState())) {
                return new ConflictException("a request with this idempotency key is still being processed; retry in a moment");
            }
        }
        return failure;
    }

    /** Headers as {@code name: value} lines (header values never hold a line break). */
    static String headers(Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((name, value) -> out.append(name).append(": ").append(value.replace('\r', ' ').replace('\n', ' ')).append('\n'));
        return out.toString();
    }

    static Map<String, String> headers(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }
}
