package dev.opencif.application.shared;

import dev.opencif.domain.shared.Checks;

/** Offset paging: {@code offset} from 0, {@code limit} from 1 to {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}). */
public record PageRequest(int offset, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        Checks.that(offset >= 0, "offset", "must not be negative");
        Checks.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    public static PageRequest defaults() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }
}
