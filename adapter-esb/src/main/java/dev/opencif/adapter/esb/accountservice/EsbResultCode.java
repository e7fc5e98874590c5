package dev.opencif.adapter.esb.accountservice;

import dev.opencif.domain.error.ErrorCode;

/**
 * The stable {@code resultCode}s of the ESB envelope, with the HTTP status each travels with: business
 * outcomes travel with 200 (the result code says what happened), envelope and transport failures with
 * their HTTP status. Never renumbered once released.
 */
enum EsbResultCode {
    SUCCESS("00", 200),
    VALIDATION_FAILED("01", 200),
    NOT_FOUND("02", 200),
    ALREADY_EXISTS("03", 200),
    DUPLICATE_IDENTIFIER("04", 200),
    INVALID_STATE_TRANSITION("05", 200),
    CONFLICT("06", 200),
    FORBIDDEN("07", 200),
    UNAUTHENTICATED("08", 401),
    RULE_VIOLATION("09", 200),
    MALFORMED_REQUEST("10", 400),
    UNSUPPORTED_MEDIA_TYPE("11", 415),
    PAYLOAD_TOO_LARGE("12", 413),
    UNKNOWN_OPERATION("13", 404),
    METHOD_NOT_ALLOWED("14", 405),
    INVALID_HEADER("15", 400),
    SERVICE_UNAVAILABLE("16", 503),
    INTERNAL_ERROR("99", 500);

    private final String code;
    private final int status;

    EsbResultCode(String code, int status) {
        this.code = code;
        this.status = status;
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    static EsbResultCode of(ErrorCode error) {
        return switch (error) {
            case VALIDATION_FAILED -> VALIDATION_FAILED;
            case NOT_FOUND -> NOT_FOUND;
            case ALREADY_EXISTS -> ALREADY_EXISTS;
            case DUPLICATE_IDENTIFIER -> DUPLICATE_IDENTIFIER;
            case INVALID_STATE_TRANSITION -> INVALID_STATE_TRANSITION;
            case CONFLICT -> CONFLICT;
            case FORBIDDEN -> FORBIDDEN;
            case UNAUTHENTICATED -> UNAUTHENTICATED;
            case RULE_VIOLATION -> RULE_VIOLATION;
        };
    }
}
