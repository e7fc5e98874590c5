package dev.opencif.domain.error;

/** Optimistic locking failed: the record changed since it was read. Retry with a fresh read. */
public final class ConflictException extends OpenCifException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String entity, String key, long expectedVersion) {
        super(ErrorCode.CONFLICT, entity + " " + key + " was changed concurrently (expected version " + expectedVersion + ")");
    }
}
