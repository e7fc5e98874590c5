package dev.opencif.adapter.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error answer of the resource-style dialects (counterparty REST, bLink): {@code {"error": {"code", "message",
 * "rule"?, "fields"?}}} with the HTTP status of the failure's code.
 */
public final class RestErrors {
    private RestErrors() {
    }

    public record ErrorField(String field, String message) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErrorDetail(String code, String message, String rule, List<ErrorField> fields) {
    }

    public record ErrorBody(ErrorDetail error) {
    }

    /** The HTTP status of a typed failure. */
    public static int status(OpenCifException e) {
        switch (e.code()) {
            case VALIDATION_FAILED:
                return 400;
            case UNAUTHENTICATED:
                return 401;
            case FORBIDDEN:
                return 403;
            case NOT_FOUND:
                return 404;
            case RULE_VIOLATION:
                return 422;
            default:
                return 409;
        }
    }

    public static DialectResponse error(ObjectMapper mapper, int status, String code, String message, String rule,
                                        List<FieldError> fields, Map<String, String> extraHeaders, String operation) {
        List<ErrorField> errorFields = fields.stream().map(f -> new ErrorField(f.field(), f.message())).toList();
        byte[] body = write(mapper, new ErrorBody(new ErrorDetail(code, message, rule, errorFields)));
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", "application/json; charset=utf-8");
        return new DialectResponse(status, headers, body, operation);
    }

    public static DialectResponse error(ObjectMapper mapper, OpenCifException e, Map<String, String> extraHeaders, String operation) {
        List<FieldError> fields = e instanceof ValidationException v ? v.errors() : List.of();
        String rule = e instanceof RuleViolationException r ? r.rule() : null;
        return error(mapper, status(e), e.code().name(), e.getMessage(), rule, fields, extraHeaders, operation);
    }

    public static byte[] write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the response", e);
        }
    }
}
