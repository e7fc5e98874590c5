package dev.opencif.dialect;

import java.util.Map;
import java.util.Objects;

/**
 * A failure the HTTP server decides for a request (not a handler): its status, a stable code, a message safe to show
 * (it never quotes the request), and headers the answer must carry (e.g. {@code Retry-After}).
 */
public record ServerFailure(int status, String code, String message, Map<String, String> headers) {
    public ServerFailure {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a server failure has a 4xx or 5xx status, not " + status);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }

    /** 413: the body is longer than the server accepts. */
    public static ServerFailure payloadTooLarge(long maxBytes) {
        return new ServerFailure(413, "PAYLOAD_TOO_LARGE", "the request body exceeds " + maxBytes + " bytes", Map.of());
    }

    /** 408: the request (its body, typically) did not arrive in time or arrived too slowly; the connection closes. */
    public static ServerFailure timeout() {
        return new ServerFailure(408, "REQUEST_TIMEOUT", "the request did not arrive in time", Map.of("Connection", "close"));
    }

    /** 503 with {@code Retry-After}: the server is at its limit of requests; retrying later is safe. */
    public static ServerFailure overloaded(int retryAfterSeconds) {
        return new ServerFailure(503, "SERVICE_UNAVAILABLE", "the server is busy; retry after " + retryAfterSeconds + " s",
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /** 503: the server is stopping; another instance may answer. */
    public static ServerFailure stopping() {
        return new ServerFailure(503, "SERVICE_UNAVAILABLE", "the server is stopping; retry on another instance",
                Map.of("Retry-After", "1"));
    }

    /** 400 (or the given 4xx) for a request the HTTP layer could not accept, e.g. a malformed path or header. */
    public static ServerFailure badRequest(int status, String message) {
        return new ServerFailure(status, "BAD_REQUEST", message, Map.of());
    }

    /** 500: the server failed; nothing about the failure is shown. */
    public static ServerFailure internal(String requestId) {
        return new ServerFailure(500, "INTERNAL_ERROR", "the server could not process the request (request id " + requestId + ")",
                Map.of());
    }
}
