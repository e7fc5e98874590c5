package dev.opencif.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opencif.dialect.DialectHandler;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.dialect.ServerFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dialects the server mounts, and how a failure is worded for a path: in the format of the dialect that serves
 * it, or, for paths no dialect serves (and requests too malformed to have a path), in the server's own
 * {@code {"error":{"code","message"}}}.
 */
final class MountedDialects {
    /** The name the access log gives answers of the server itself (health, index, unknown paths). */
    static final String SERVER = "server";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<DialectHandler> handlers;

    MountedDialects(List<DialectHandler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    /** The dialect that serves {@code path} (still percent-encoded), if one is mounted. */
    Optional<DialectHandler> serving(String path) {
        for (DialectHandler handler : handlers) {
            if (handler.serves(path)) {
                return Optional.of(handler);
            }
        }
        return Optional.empty();
    }

    /** A failure answered for {@code path}: the serving dialect's format, else the server's. */
    Answer failure(String path, ServerFailure failure) {
        Optional<DialectHandler> dialect = path == null ? Optional.empty() : serving(path);
        if (dialect.isPresent()) {
            try {
                return new Answer(dialect.get().name(), dialect.get().failure(failure));
            } catch (RuntimeException e) {
                // a dialect that cannot word a failure still gets an answer out, in the server's format
                return new Answer(dialect.get().name(), error(failure.status(), failure.code(), failure.message(), failure.headers(), "-"));
            }
        }
        return new Answer(SERVER, error(failure.status(), failure.code(), failure.message(), failure.headers(), "-"));
    }

    /** The server's own error body: {@code {"error":{"code":…,"message":…}}}. */
    static DialectResponse error(int status, String code, String message, Map<String, String> headers, String operation) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        DialectResponse answer = json(status, body, operation);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            answer = answer.withHeader(header.getKey(), header.getValue());
        }
        return answer;
    }

    static DialectResponse json(int status, ObjectNode body, String operation) {
        try {
            return DialectResponse.json(status, JSON.writeValueAsBytes(body), operation);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** An answer and the dialect (or {@link #SERVER}) that gave it, for the access log. */
    record Answer(String dialect, DialectResponse response) {
    }
}
