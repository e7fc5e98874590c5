package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.BusinessKeyLockPort;
import java.util.Objects;

/**
 * Business-key locks in memory: a unit of work already holds the one database lock until it ends, so every key is
 * locked by then; this only checks that it is called inside a unit of work, as the JDBC adapter requires.
 */
public final class InMemoryBusinessKeyLocks implements BusinessKeyLockPort {
    private final InMemoryDatabase db;

    InMemoryBusinessKeyLocks(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void lock(String kind, String value) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (!db.inTransaction()) {
            throw new IllegalStateException("a business key is locked for a unit of work: call lock inside one");
        }
    }
}
