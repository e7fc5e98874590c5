package dev.opencif.application.port.in.idempotency;

/** Removes up to {@code limit} idempotency records whose retention has passed. */
public record PurgeIdempotencyRecordsCommand(int limit) {
    public PurgeIdempotencyRecordsCommand {
        if (limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("limit must be between 1 and 100000, got " + limit);
        }
    }
}
