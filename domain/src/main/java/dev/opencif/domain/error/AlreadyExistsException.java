package dev.opencif.domain.error;

import java.util.Objects;

/** The record itself exists already (same id or same external key). */
public final class AlreadyExistsException extends OpenCifException {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String key;

    public AlreadyExistsException(String entity, String key) {
        super(ErrorCode.ALREADY_EXISTS, Objects.requireNonNull(entity, "entity") + " already exists: " + Objects.requireNonNull(key, "key"));
        this.entity = entity;
        this.key = key;
    }

    public String entity() {
        return entity;
    }

    public String key() {
        return key;
    }
}
