package dev.opencif.domain.error;

import java.util.Objects;

/** The addressed record does not exist, or is not visible to the caller (so nothing leaks). */
public final class NotFoundException extends OpenCifException {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String key;

    public NotFoundException(String entity, String key) {
        super(ErrorCode.NOT_FOUND, Objects.requireNonNull(entity, "entity") + " not found: " + Objects.requireNonNull(key, "key"));
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
