package dev.opencif.adapter.esb;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * A framework-neutral HTTP response: status, headers, body bytes, and the dialect operation that
 * answered (e.g. {@code get-account-list}, {@code FTOS_ACC_AccountHeader}; {@code "-"} when none
 * could be identified) for the server's request log.
 */
public record EsbResponse(int status, Map<String, String> headers, byte[] body, String operation) {
    public EsbResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status " + status + " is not an HTTP status");
        }
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        body = body == null ? new byte[0] : body.clone();
        operation = operation == null || operation.isBlank() ? "-" : operation;
    }

    /** A JSON response ({@code application/json; charset=utf-8}). */
    public static EsbResponse json(int status, byte[] body, String operation) {
        return new EsbResponse(status, Map.of("Content-Type", "application/json; charset=utf-8"), body, operation);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8, for tests and logs. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EsbResponse r && status == r.status && headers.equals(r.headers)
                && java.util.Arrays.equals(body, r.body) && operation.equals(r.operation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, java.util.Arrays.hashCode(body), operation);
    }

    @Override
    public String toString() {
        return status + " " + operation + " (" + body.length + " bytes)";
    }
}
