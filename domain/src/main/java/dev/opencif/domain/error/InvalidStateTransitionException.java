package dev.opencif.domain.error;

import java.util.Objects;

/** A lifecycle transition the state machine does not allow, e.g. CLOSED to ACTIVE. */
public final class InvalidStateTransitionException extends OpenCifException {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String from;
    private final String to;

    public InvalidStateTransitionException(String entity, Enum<?> from, Enum<?> to) {
        super(ErrorCode.INVALID_STATE_TRANSITION,
                Objects.requireNonNull(entity, "entity") + " cannot go from " + from + " to " + to);
        this.entity = entity;
        this.from = from.name();
        this.to = to.name();
    }

    public String entity() {
        return entity;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
