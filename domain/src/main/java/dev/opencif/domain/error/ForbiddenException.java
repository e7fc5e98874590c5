package dev.opencif.domain.error;

/** The caller is authenticated but may not perform this operation. */
public final class ForbiddenException extends OpenCifException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(ErrorCode.FORBIDDEN, message);
    }
}
