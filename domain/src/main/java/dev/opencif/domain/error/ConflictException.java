package dev.opencif.domain.error;

/** Somebody else got there first: the record changed since it was read, or the same work is in progress. Retry. */
public final class ConflictException extends OpenCifException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String entity, String key, long expectedVersion) {
        super(ErrorCode.CONFLICT, entity + " " + key + " was changed concurrently (expected version " + expectedVersion + ")");
    }

    /** A conflict with work in progress, e.g. another request with the same idempotency key; retrying later is safe. */
    public ConflictException(String message) {
        super(ErrorCode.CONFLICT, message);
    }
}
