package dev.opencif.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * A framework-neutral HTTP response of a {@link DialectHandler}: status, headers, body bytes, and the dialect
 * operation that answered (e.g. {@code get-account-list}, {@code FTOS_ACC_AccountHeader}; {@code "-"} when none
 * could be identified) for the server's request log and metrics.
 */
public record DialectResponse(int status, Map<String, String> headers, byte[] body, String operation) {
    public DialectResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status " + status + " is not an HTTP status");
        }
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        body = body == null ? new byte[0] : body.clone();
        operation = operation == null || operation.isBlank() ? "-" : operation;
    }

    /** A JSON response ({@code application/json; charset=utf-8}). */
    public static DialectResponse json(int status, byte[] body, String operation) {
        return new DialectResponse(status, Map.of("Content-Type", "application/json; charset=utf-8"), body, operation);
    }

    /** The same response with one more header (replacing one of the same name). */
    public DialectResponse withHeader(String name, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(headers);
        copy.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        copy.put(name, value);
        return new DialectResponse(status, copy, body, operation);
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
        return other instanceof DialectResponse r && status == r.status && headers.equals(r.headers)
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
