package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.BusinessKeyLockPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Business-key locks as rows of {@code business_key_lock}: insert-if-absent, then {@code SELECT … FOR UPDATE}, both in
 * the running unit of work, so the lock is held until it ends. A transaction inserting a key another one inserted
 * and has not committed waits for it, as does the row lock. Only the SHA-256 of the key is stored.
 */
public final class JdbcBusinessKeyLocks implements BusinessKeyLockPort {
    static final String INSERT = "INSERT INTO business_key_lock (kind, key_digest) VALUES (?, ?) ON CONFLICT DO NOTHING";
    static final String LOCK = "SELECT kind FROM business_key_lock WHERE kind = ? AND key_digest = ? FOR UPDATE";

    private final JdbcUnitOfWork uow;

    JdbcBusinessKeyLocks(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public void lock(String kind, String value) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (!uow.isActive()) {
            throw new IllegalStateException("a business key is locked for a unit of work: call lock inside one");
        }
        String digest = sha256(value);
        uow.write(c -> {
            PlainSql.update(c, INSERT, kind, digest);
            return PlainSql.list(c, LOCK, rs -> rs.getString(1), kind, digest);
        }, e -> e);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
