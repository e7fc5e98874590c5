package dev.opencif.application.port.in.idempotency;

/**
 * Forgets the answers of requests older than the retention (24 h by default): after that a request with the same key
 * runs again. The server runs it every minute.
 */
public interface PurgeIdempotencyRecordsUseCase {

    /** The number of records removed. */
    int purge(PurgeIdempotencyRecordsCommand command);
}
