package dev.opencif.adapter.jdbc;

/**
 * A statement failed for a reason that is not a business refusal: the database is unreachable or closed, a
 * connection broke, a statement is wrong. Refusals the ports define (a unique key taken, a stale version, a missing
 * referenced row) are translated to the domain's typed errors instead. The message may carry the driver's text, which
 * can include bound values: callers log it only through {@code FailureLog}, which leaves messages out.
 */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
