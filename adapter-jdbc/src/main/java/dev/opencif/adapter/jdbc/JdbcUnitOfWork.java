package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.UnitOfWorkPort;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Units of work on Jdbi transactions. The handle of the running unit of work is bound to the thread, and every
 * port call on that thread joins it; nested units of work join the outer one. Outside a unit of work each write
 * runs in its own transaction. A write inside a unit of work runs under a savepoint, so a refused write (a
 * unique violation, a stale version) leaves the unit of work usable, as on PostgreSQL a failed statement
 * would otherwise abort the whole transaction.
 */
public final class JdbcUnitOfWork implements UnitOfWorkPort {
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final AtomicLong savepoints = new AtomicLong();

    JdbcUnitOfWork(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        return jdbi.inTransaction(handle -> {
            current.set(handle);
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    /** Whether the calling thread runs inside a unit of work. */
    public boolean isActive() {
        return current.get() != null;
    }

    /** Runs a read on the unit of work's handle, or on a handle of its own. */
    <T> T read(Function<Handle, T> call) {
        Handle handle = current.get();
        if (handle != null) {
            return call.apply(handle);
        }
        return jdbi.withHandle(call::apply);
    }

    /** Runs reads that must see one snapshot (a page and its total) in a repeatable-read transaction of their own. */
    <T> T readConsistent(Function<Handle, T> call) {
        Handle handle = current.get();
        if (handle != null) {
            return call.apply(handle);
        }
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, call::apply);
    }

    /**
     * Runs an atomic write: under a savepoint of the running unit of work, or in a transaction of its own.
     * A failure is passed through {@code translate} (constraint names to typed errors) after the rollback.
     */
    <T> T write(Function<Handle, T> call, Function<RuntimeException, RuntimeException> translate) {
        Handle handle = current.get();
        if (handle == null) {
            try {
                return jdbi.inTransaction(call::apply);
            } catch (RuntimeException e) {
                throw translate.apply(e);
            }
        }
        String savepoint = "opencif_sp_" + savepoints.incrementAndGet();
        handle.savepoint(savepoint);
        T result;
        try {
            result = call.apply(handle);
        } catch (RuntimeException e) {
            handle.rollbackToSavepoint(savepoint);
            throw translate.apply(e);
        }
        handle.releaseSavepoint(savepoint);
        return result;
    }
}
