package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.UnitOfWorkPort;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Units of work on plain JDBC transactions. The connection of the running unit of work is bound to the thread and
 * every port call on that thread joins it; a nested unit of work joins the outer one.
 *
 * <p>One rule for failures: anything that fails inside a unit of work — a refused write (a unique violation, a stale
 * version) or any exception escaping a nested unit — makes the whole unit <em>rollback-only</em>. Its further
 * statements fail at once, and when the outermost work returns normally anyway the unit rolls back and throws an
 * {@link IllegalStateException} caused by the first failure. That is what PostgreSQL does after a failed statement,
 * without a savepoint per write (ADR 008), and it means a caller that catches a failure can never commit half a unit.
 *
 * <p>Port calls go through two methods, named for what they guarantee: {@link #read} (one consistent snapshot) and
 * {@link #write} (atomic; a refusal makes the running unit rollback-only).
 *
 * <p>On an H2 file database, writing transactions run one at a time (units of work and standalone writes, from
 * their first statement until their commit returns); reads stay concurrent. H2's MVStore saves a consistent snapshot
 * of each table but not across tables while other transactions change them (H2 issue #2080), so a process killed
 * during a save could keep one table of a committed transaction and lose another; with one writer at a time no
 * table changes while a save collects them. See ADR 010.
 */
public final class JdbcUnitOfWork implements UnitOfWorkPort {
    /** How long a writing transaction waits for its turn on a single-writer database before it fails. */
    static final long WRITER_WAIT_SECONDS = 30;

    private final DataSource dataSource;
    private final HostTransactions host;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();
    /** Held by the writing transaction on a single-writer database; {@code null} where writers may run together. */
    private final ReentrantLock writer;

    /** Database work on one JDBC connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** The running unit of work: its connection, and the first failure inside it, if any. */
    private static final class Unit {
        final Connection connection;
        RuntimeException failure;

        Unit(Connection connection) {
            this.connection = connection;
        }

        void failed(RuntimeException cause) {
            if (failure == null) {
                failure = cause;
            }
        }

        Connection usableConnection() {
            if (failure != null) {
                throw new IllegalStateException("the unit of work is rollback-only after a failure inside it ("
                        + failure.getMessage() + ") and can only be rolled back", failure);
            }
            return connection;
        }
    }

    /**
     * Units of work that join the host's transactions when one is active ({@link HostTransactions}); not on a
     * single-writer database, whose turn-taking a host transaction would bypass (ADR 010).
     */
    JdbcUnitOfWork(DataSource dataSource, boolean singleWriter, HostTransactions host) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.host = Objects.requireNonNull(host, "host");
        if (singleWriter && host != HostTransactions.NONE) {
            throw new IllegalArgumentException("an embedded H2 file database writes one transaction at a time (ADR 010) and"
                    + " cannot join a host's transactions: join on PostgreSQL (or H2 in memory for tests)");
        }
        this.writer = singleWriter ? new ReentrantLock(true) : null;
    }

    /** Whether writing transactions run one at a time (H2 file databases). */
    boolean singleWriter() {
        return writer != null;
    }

    /** Waits for the turn to write on a single-writer database (a no-op elsewhere); the caller releases it. */
    private void awaitWriterTurn() {
        if (writer == null) {
            return;
        }
        try {
            if (!writer.tryLock(WRITER_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new DatabaseException("no turn to write within " + WRITER_WAIT_SECONDS + " s: another transaction of the"
                        + " embedded database has been writing all that time", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting for the turn to write", e);
        }
    }

    private void endWriterTurn() {
        if (writer != null) {
            writer.unlock();
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Unit outer = current.get();
        if (outer != null) {
            return nested(outer, work);
        }
        Optional<Connection> hosted = host.activeConnection();
        if (hosted.isPresent()) {
            return inHostTransaction(hosted.get(), work);
        }
        awaitWriterTurn();
        try (Connection connection = dataSource.getConnection()) {
            return transaction(connection, Connection.TRANSACTION_READ_COMMITTED, c -> {
                Unit unit = new Unit(c);
                current.set(unit);
                try {
                    T result = work.get();
                    if (unit.failure != null) {
                        throw new IllegalStateException("the unit of work was rolled back: a failure inside it ("
                                + unit.failure.getMessage() + ") was not passed on", unit.failure);
                    }
                    return result;
                } finally {
                    current.remove();
                }
            });
        } catch (SQLException e) {
            throw PlainSql.unchecked(e);
        } finally {
            endWriterTurn();
        }
    }

    /**
     * A unit of work inside the host's transaction: on its connection, without commit; a failure inside it (escaping
     * or swallowed) marks the host's transaction rollback-only.
     */
    private <T> T inHostTransaction(Connection connection, Supplier<T> work) {
        Unit unit = new Unit(connection);
        current.set(unit);
        try {
            T result = work.get();
            if (unit.failure != null) {
                host.setRollbackOnly();
                throw new IllegalStateException("the host's transaction must roll back: a failure inside an OpenCIF unit of"
                        + " work (" + unit.failure.getMessage() + ") was not passed on", unit.failure);
            }
            return result;
        } catch (RuntimeException | Error e) {
            host.setRollbackOnly();
            throw e;
        } finally {
            current.remove();
        }
    }

    /** A nested unit joins the outer one; anything escaping it makes the outer unit rollback-only. */
    private static <T> T nested(Unit outer, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            outer.failed(e);
            throw e;
        } catch (Error e) {
            outer.failed(new IllegalStateException("a nested unit of work failed: " + e, e));
            throw e;
        }
    }

    /** Whether the calling thread runs inside a unit of work, OpenCIF's own or the host's transaction it joins. */
    public boolean isActive() {
        return current.get() != null || host.activeConnection().isPresent();
    }

    /**
     * Runs a read whose statements all see one consistent snapshot: inside a unit of work on its connection (so it sees
     * the unit's own writes and its row locks hold), otherwise in a read-only repeatable-read transaction of its own.
     */
    <T> T read(Work<T> work) {
        Unit unit = current.get();
        try {
            if (unit != null) {
                return work.apply(unit.usableConnection());
            }
            Optional<Connection> hosted = host.activeConnection();
            if (hosted.isPresent()) {
                return work.apply(hosted.get());
            }
            try (Connection connection = dataSource.getConnection()) {
                return transaction(connection, Connection.TRANSACTION_REPEATABLE_READ, work);
            }
        } catch (SQLException e) {
            throw PlainSql.unchecked(e);
        }
    }

    /**
     * Runs an atomic write: in the running unit of work, where a failure makes the unit rollback-only, or in a
     * transaction of its own. A failure is passed through {@code translate} (constraint names to typed errors).
     */
    <T> T write(Work<T> work, Function<RuntimeException, RuntimeException> translate) {
        Unit unit = current.get();
        if (unit != null) {
            Connection connection = unit.usableConnection();
            try {
                return work.apply(connection);
            } catch (SQLException | RuntimeException e) {
                RuntimeException translated = translate.apply(PlainSql.unchecked(e));
                unit.failed(translated);
                throw translated;
            }
        }
        Optional<Connection> hosted = host.activeConnection();
        if (hosted.isPresent()) {
            try {
                return work.apply(hosted.get());
            } catch (SQLException | RuntimeException e) {
                host.setRollbackOnly();
                throw translate.apply(PlainSql.unchecked(e));
            }
        }
        awaitWriterTurn();
        try (Connection connection = dataSource.getConnection()) {
            return transaction(connection, Connection.TRANSACTION_READ_COMMITTED, work);
        } catch (SQLException | RuntimeException e) {
            throw translate.apply(PlainSql.unchecked(e));
        } finally {
            endWriterTurn();
        }
    }

    /** Runs {@code work} in one transaction at {@code isolation} on {@code connection}, then restores its settings. */
    private static <T> T transaction(Connection connection, int isolation, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int previousIsolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        if (isolation != previousIsolation) {
            connection.setTransactionIsolation(isolation);
        }
        try {
            T result = work.apply(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(connection, e);
            throw e;
        } finally {
            if (isolation != previousIsolation) {
                connection.setTransactionIsolation(previousIsolation);
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
