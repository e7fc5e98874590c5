package dev.opencif.adapter.jdbc;

import java.sql.Connection;
import java.util.Optional;

/**
 * The transactions a host application runs on the database it shares with OpenCIF (a Spring
 * {@code @Transactional} method, a JTA or hand-made transaction). While the calling thread runs inside one, OpenCIF's
 * units of work, reads and writes run on that transaction's connection and leave commit and rollback to the host, so a
 * host write and an OpenCIF write commit or roll back together; a failure inside OpenCIF marks the host's transaction
 * rollback-only, so no caller can commit half of it. Outside one, OpenCIF runs its own transactions as usual.
 */
public interface HostTransactions {
    /** No host transactions: OpenCIF always runs its own. */
    HostTransactions NONE = new HostTransactions() {
        @Override
        public Optional<Connection> activeConnection() {
            return Optional.empty();
        }

        @Override
        public void setRollbackOnly() {
            throw new IllegalStateException("no host transaction is active");
        }
    };

    /** The connection of the host's transaction active on the calling thread, if any. OpenCIF neither commits nor closes it. */
    Optional<Connection> activeConnection();

    /** Makes the host's active transaction roll back, whatever the host then does with the failure. */
    void setRollbackOnly();
}
