package dev.opencif.domain.error;

/** The caller's credentials are missing, unknown or wrong. */
public final class UnauthenticatedException extends OpenCifException {
    private static final long serialVersionUID = 1L;

    public UnauthenticatedException(String message) {
        super(ErrorCode.UNAUTHENTICATED, message);
    }
}
