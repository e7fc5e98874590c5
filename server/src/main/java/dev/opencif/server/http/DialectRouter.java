package dev.opencif.server.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opencif.application.port.in.system.CheckHealthUseCase;
import dev.opencif.application.port.in.system.HealthQuery;
import dev.opencif.application.port.in.system.HealthStatus;
import dev.opencif.application.support.FailureLog;
import dev.opencif.dialect.DialectHandler;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.dialect.ServerFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler: gives each request to the dialect that serves its path (body already read by
 * {@link BodyBuffering}), answers {@code /health} and {@code /} itself, and 404 for anything else. It blocks (the
 * use cases do JDBC), so Jetty runs it on a pool thread, never on a selector. Nothing a client sees carries a stack
 * trace or an exception message.
 */
final class DialectRouter extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(DialectRouter.class);

    private final MountedDialects dialects;
    private final CheckHealthUseCase health;
    private final ObjectNode index;

    DialectRouter(MountedDialects dialects, CheckHealthUseCase health, ObjectNode index) {
        super(InvocationType.BLOCKING);
        this.dialects = Objects.requireNonNull(dialects, "dialects");
        this.health = Objects.requireNonNull(health, "health");
        this.index = index.deepCopy();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        Optional<DialectHandler> dialect = dialects.serving(path);
        MountedDialects.Answer answer;
        if (dialect.isPresent()) {
            answer = new MountedDialects.Answer(dialect.get().name(), dispatch(dialect.get(), request, path));
        } else if (path.equals("/health")) {
            answer = new MountedDialects.Answer(MountedDialects.SERVER, readOnly(method, "health", this::health));
        } else if (path.equals("/") || path.equals("/index.json")) {
            answer = new MountedDialects.Answer(MountedDialects.SERVER,
                    readOnly(method, "index", () -> MountedDialects.json(200, index, "index")));
        } else {
            answer = new MountedDialects.Answer(MountedDialects.SERVER, MountedDialects.error(404, "NOT_FOUND",
                    "no route for " + method + " on this path; GET / lists the dialects", Map.of(), "-"));
        }
        Exchange.send(request, response, callback, answer.dialect(), answer.response());
        return true;
    }

    /** The handler sees the request id the access log uses (given or generated) as {@code X-Request-Id}. */
    private DialectResponse dispatch(DialectHandler dialect, Request request, String path) {
        String requestId = Exchange.requestId(request);
        try {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpField field : request.getHeaders()) {
                if (!field.is(Exchange.REQUEST_ID)) {
                    headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
                }
            }
            headers.put(Exchange.REQUEST_ID, List.of(requestId));
            byte[] body = request.getAttribute(Exchange.BODY) instanceof byte[] bytes ? bytes : new byte[0];
            return dialect.handle(new DialectRequest(request.getMethod(), path, request.getHttpURI().getQuery(), headers, body));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("request {} failed in {}: {}", requestId, dialect.name(), FailureLog.describe(e));
            return dialects.failure(path, ServerFailure.internal(requestId)).response();
        }
    }

    private DialectResponse health() {
        HealthStatus status = health.check(new HealthQuery("server"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", status.storageReachable() ? "UP" : "DOWN");
        body.put("database", status.storageReachable() ? "reachable" : "unreachable");
        body.put("timestamp", status.timestamp().toString());
        return MountedDialects.json(status.storageReachable() ? 200 : 503, body, "health");
    }

    private static DialectResponse readOnly(String method, String operation, java.util.function.Supplier<DialectResponse> answer) {
        if (method.equals("GET") || method.equals("HEAD")) {
            return answer.get();
        }
        return MountedDialects.error(405, "METHOD_NOT_ALLOWED", method + " is not allowed here; use GET, HEAD",
                Map.of("Allow", "GET, HEAD"), operation);
    }
}
