package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.UnitOfWorkPort;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Units of work on Jdbi transactions. The handle of the running unit of work is bound to the thread, and every
 * port call on that thread joins it; nested units of work join the outer one. Outside a unit of work each write
 * runs in its own transaction. A refused write (a unique violation, a stale version) dooms the unit of work: it
 * is rolled back even if the work catches the failure and returns normally — as PostgreSQL itself aborts a
 * transaction after a failed statement, and without the savepoint round trips per write that surviving it would
 * cost (ADR 008).
 */
public final class JdbcUnitOfWork implements UnitOfWorkPort {
    private final Jdbi jdbi;
    private final DataSource dataSource;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    /** The running unit of work: its handle, and the first write it refused, if any. */
    private static final class Unit {
        final Handle handle;
        RuntimeException refusal;

        Unit(Handle handle) {
            this.handle = handle;
        }

        Handle usableHandle() {
            if (refusal != null) {
                throw new IllegalStateException("the unit of work refused a write and can only be rolled back: "
                        + refusal.getMessage(), refusal);
            }
            return handle;
        }
    }

    /** A call on a plain JDBC connection, for the hot paths that skip Jdbi's per-statement machinery. */
    @FunctionalInterface
    interface JdbcCall<T> {
        T apply(Connection connection) throws SQLException;
    }

    JdbcUnitOfWork(Jdbi jdbi, DataSource dataSource) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        return jdbi.inTransaction(handle -> {
            Unit unit = new Unit(handle);
            current.set(unit);
            try {
                T result = work.get();
                if (unit.refusal != null) {
                    throw new IllegalStateException("the unit of work was rolled back: a write inside it was refused ("
                            + unit.refusal.getMessage() + ") and the failure was not passed on", unit.refusal);
                }
                return result;
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
        Unit unit = current.get();
        if (unit != null) {
            return call.apply(unit.usableHandle());
        }
        return jdbi.withHandle(call::apply);
    }

    /**
     * Like {@link #read}, on plain JDBC: the unit of work's connection, or a pooled connection of its own. For the
     * few reads every request makes (a customer and its children, a customer's accounts), where Jdbi's per-handle
     * and per-statement set-up cost more than the queries themselves on H2.
     */
    <T> T query(JdbcCall<T> call) {
        return plain(call, false);
    }

    /**
     * Reads that must see one snapshot (a customer and its children, a page and its total), on plain JDBC: the unit of
     * work's connection, or a repeatable-read transaction of its own.
     */
    <T> T queryConsistent(JdbcCall<T> call) {
        return plain(call, true);
    }

    private <T> T plain(JdbcCall<T> call, boolean snapshot) {
        Unit unit = current.get();
        try {
            if (unit != null) {
                return call.apply(unit.usableHandle().getConnection());
            }
            try (Connection connection = dataSource.getConnection()) {
                return snapshot ? transaction(connection, Connection.TRANSACTION_REPEATABLE_READ, call) : call.apply(connection);
            }
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }

    /** Like {@link #write}, on plain JDBC: the unit of work's connection, or a transaction of its own. */
    <T> T writePlain(JdbcCall<T> call, Function<RuntimeException, RuntimeException> translate) {
        Unit unit = current.get();
        if (unit != null) {
            Handle handle = unit.usableHandle();
            try {
                return call.apply(handle.getConnection());
            } catch (SQLException | RuntimeException e) {
                RuntimeException translated = translate.apply(unchecked(e));
                unit.refusal = translated;
                throw translated;
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            return transaction(connection, connection.getTransactionIsolation(), call);
        } catch (SQLException | RuntimeException e) {
            throw translate.apply(unchecked(e));
        }
    }

    /** Runs {@code call} in one transaction at {@code isolation} on {@code connection}, then restores its settings. */
    private static <T> T transaction(Connection connection, int isolation, JdbcCall<T> call) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int previousIsolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        if (isolation != previousIsolation) {
            connection.setTransactionIsolation(isolation);
        }
        try {
            T result = call.apply(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            if (isolation != previousIsolation) {
                connection.setTransactionIsolation(previousIsolation);
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    private static RuntimeException unchecked(Exception e) {
        return e instanceof RuntimeException r ? r
                : new UnableToExecuteStatementException("a statement failed: " + e.getMessage(), e, null);
    }

    /**
     * Runs an atomic write: in the running unit of work (a refusal dooms it), or in a transaction of its own.
     * A failure is passed through {@code translate} (constraint names to typed errors).
     */
    <T> T write(Function<Handle, T> call, Function<RuntimeException, RuntimeException> translate) {
        Unit unit = current.get();
        if (unit == null) {
            try {
                return jdbi.inTransaction(call::apply);
            } catch (RuntimeException e) {
                throw translate.apply(e);
            }
        }
        Handle handle = unit.usableHandle();
        try {
            return call.apply(handle);
        } catch (RuntimeException e) {
            RuntimeException translated = translate.apply(e);
            unit.refusal = translated;
            throw translated;
        }
    }
}
