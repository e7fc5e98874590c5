package dev.opencif.adapter.rest.callaction;

import dev.opencif.domain.error.ErrorCode;
import java.util.List;

/**
 * A request refused before any action ran (method, path, content type, size, JSON, envelope, credentials,
 * action name, Data shape): answered with an HTTP 4xx status and the result object.
 */
final class EnvelopeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final ErrorCode code;
    private final transient List<CallResult.Problem> problems;

    EnvelopeFailure(int status, ErrorCode code, String message, List<CallResult.Problem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    static EnvelopeFailure invalid(String field, String message) {
        return new EnvelopeFailure(400, ErrorCode.VALIDATION_FAILED, field + ": " + message,
                List.of(new CallResult.Problem(field, message)));
    }

    int status() {
        return status;
    }

    ErrorCode code() {
        return code;
    }

    List<CallResult.Problem> problems() {
        return problems;
    }
}
