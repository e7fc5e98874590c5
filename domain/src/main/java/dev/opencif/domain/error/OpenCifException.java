package dev.opencif.domain.error;

import java.util.Objects;

/**
 * The one error model of OpenCIF: every business failure is one of these sealed subtypes and carries
 * a stable {@link ErrorCode}. Nothing "not found" or "duplicate" is ever reported as {@code null},
 * {@code false} or a bare {@link IllegalArgumentException}.
 */
public abstract sealed class OpenCifException extends RuntimeException
        permits ValidationException, NotFoundException, AlreadyExistsException, DuplicateIdentifierException,
                InvalidStateTransitionException, ConflictException, ForbiddenException,
                UnauthenticatedException, RuleViolationException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    OpenCifException(ErrorCode code, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code adapters switch on. */
    public ErrorCode code() {
        return code;
    }
}
