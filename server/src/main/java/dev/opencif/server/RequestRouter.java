package dev.opencif.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.opencif.application.port.in.system.CheckHealthUseCase;
import dev.opencif.application.port.in.system.HealthQuery;
import dev.opencif.application.port.in.system.HealthStatus;
import dev.opencif.application.support.FailureLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches every request by path prefix to its dialect's endpoint, answers {@code /health} and {@code /} itself,
 * caps request bodies, and writes one masked access-log line per request. Nothing a client sees carries a stack
 * trace or an exception message.
 */
final class RequestRouter implements HttpHandler {
    static final String REQUEST_ID = "X-Request-Id";

    private static final Logger ACCESS = LoggerFactory.getLogger("dev.opencif.server.access");
    private static final Logger LOG = LoggerFactory.getLogger(RequestRouter.class);
    private static final Pattern ESB_WITH_ENV_PREFIX = Pattern.compile("^/[A-Za-z0-9_.-]+/accountService/v1(/.*)?$");
    private static final Pattern CLEAN_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Dialect, DialectEndpoint> endpoints;
    private final CheckHealthUseCase health;
    private final int maxBodyBytes;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    RequestRouter(Map<Dialect, DialectEndpoint> endpoints, CheckHealthUseCase health, int maxBodyBytes) {
        this.endpoints = new EnumMap<>(Dialect.class);
        this.endpoints.putAll(endpoints);
        this.health = Objects.requireNonNull(health, "health");
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The dialect that serves {@code path}, or {@code null}. */
    static Dialect dialectOf(String path) {
        if (under(path, "/accountService/v1") || ESB_WITH_ENV_PREFIX.matcher(path).matches()) {
            return Dialect.ESB;
        }
        if (under(path, "/interapi/v1")) {
            return Dialect.INTERAPI;
        }
        if (under(path, "/api/v1/counterparty")) {
            return Dialect.COUNTERPARTY;
        }
        if (path.equals("/api/openApi/CallAction") || path.equals("/api/openApi/CallAction/")) {
            return Dialect.CALLACTION;
        }
        if (under(path, "/blink/v1")) {
            return Dialect.BLINK;
        }
        return null;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** Requests being handled right now. */
    int inFlight() {
        return inFlight.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try {
            route(exchange);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String requestId = requestId(exchange.getRequestHeaders());
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String dialectName = "-";
        DialectEndpoint.Answer answer;
        try {
            Dialect dialect = dialectOf(path);
            if (dialect != null) {
                dialectName = dialect.key();
                answer = dispatch(dialect, exchange, method, path, requestId);
            } else if (path.equals("/health")) {
                dialectName = "server";
                answer = method.equals("GET") || method.equals("HEAD") ? health() : notAllowed(method, "GET, HEAD", "health");
            } else if (path.equals("/") || path.equals("/index.json")) {
                dialectName = "server";
                answer = method.equals("GET") || method.equals("HEAD") ? index() : notAllowed(method, "GET, HEAD", "index");
            } else {
                answer = error(404, "NOT_FOUND", "no route for " + method + " " + path + "; GET / lists the dialects", "-");
            }
        } catch (RuntimeException | Error e) {
            LOG.error("request {} failed: {}", requestId, FailureLog.describe(e));
            answer = error(500, "INTERNAL_ERROR", "the server could not process the request (request id " + requestId + ")", "-");
        }
        try {
            send(exchange, answer, requestId, method.equals("HEAD"));
        } finally {
            exchange.close();
            long millis = (System.nanoTime() - started) / 1_000_000;
            ACCESS.info("dialect={} op={} status={} ms={} rid={} {} {}", dialectName, answer.operation(), answer.status(),
                    millis, requestId, method, PersonalDataMask.mask(path));
        }
    }

    /** The handler sees the request id the access log uses (given or generated) as {@code X-Request-Id}. */
    private DialectEndpoint.Answer dispatch(Dialect dialect, HttpExchange exchange, String method, String path,
                                            String requestId) throws IOException {
        DialectEndpoint endpoint = endpoints.get(dialect);
        byte[] body = readCapped(exchange.getRequestBody());
        if (endpoint == null) {
            return error(404, "NOT_FOUND", dialect.title() + " is not mounted on this server", "-");
        }
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(REQUEST_ID)) {
                headers.put(name, values);
            }
        });
        headers.put(REQUEST_ID, List.of(requestId));
        DialectEndpoint.Answer answer = endpoint.handle(new DialectEndpoint.Call(method, path, rawQuery, headers, body));
        if (body.length > maxBodyBytes && answer.status() != 413) {
            LOG.warn("{} accepted a body over the server limit ({} bytes); answered 413 instead", dialect.key(), maxBodyBytes);
            return error(413, "PAYLOAD_TOO_LARGE", "the request body exceeds " + maxBodyBytes + " bytes", answer.operation());
        }
        return answer;
    }

    /**
     * Reads at most the limit plus one byte (enough for the handler to see the body is too large), then discards a
     * bounded rest so the client can read the answer on an intact connection.
     */
    private byte[] readCapped(InputStream in) throws IOException {
        byte[] body = in.readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            long skipped = 0;
            byte[] sink = new byte[64 * 1024];
            int n;
            while (skipped < DRAIN_LIMIT && (n = in.read(sink)) > 0) {
                skipped += n;
            }
        }
        return body;
    }

    private DialectEndpoint.Answer health() {
        HealthStatus status = health.check(new HealthQuery("server"));
        ObjectNode body = JSON.createObjectNode();
        body.put("status", status.storageReachable() ? "UP" : "DOWN");
        body.put("database", status.storageReachable() ? "reachable" : "unreachable");
        body.put("timestamp", status.timestamp().toString());
        return json(status.storageReachable() ? 200 : 503, body, "health");
    }

    private DialectEndpoint.Answer index() {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", "OpenCIF");
        body.put("description", "one customer-and-account core behind five bank API dialects");
        ArrayNode dialects = body.putArray("dialects");
        for (Dialect dialect : Dialect.values()) {
            ObjectNode node = dialects.addObject();
            node.put("name", dialect.key());
            node.put("title", dialect.title());
            node.put("path", dialect.basePath());
            node.put("docs", dialect.docs());
            node.put("mounted", endpoints.containsKey(dialect));
        }
        body.put("health", "/health");
        return json(200, body, "index");
    }

    private static DialectEndpoint.Answer notAllowed(String method, String allow, String operation) {
        DialectEndpoint.Answer answer = error(405, "METHOD_NOT_ALLOWED", method + " is not allowed here; use " + allow, operation);
        Map<String, String> headers = new LinkedHashMap<>(answer.headers());
        headers.put("Allow", allow);
        return new DialectEndpoint.Answer(405, headers, answer.body(), operation);
    }

    static DialectEndpoint.Answer error(int status, String code, String message, String operation) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return json(status, body, operation);
    }

    private static DialectEndpoint.Answer json(int status, ObjectNode body, String operation) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        return new DialectEndpoint.Answer(status, Map.of("Content-Type", "application/json; charset=utf-8"), bytes, operation);
    }

    private static String requestId(Headers headers) {
        String given = headers.getFirst(REQUEST_ID);
        if (given == null) {
            given = headers.getFirst("X-Correlation-Id");
        }
        return given != null && CLEAN_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    private static void send(HttpExchange exchange, DialectEndpoint.Answer answer, String requestId, boolean head) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        answer.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                headers.set(name, value);
            }
        });
        headers.set(REQUEST_ID, requestId);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        byte[] body = answer.body() == null ? new byte[0] : answer.body();
        boolean noBody = head || body.length == 0 || answer.status() == 204 || answer.status() == 304;
        exchange.sendResponseHeaders(answer.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public String toString() {
        return "RequestRouter" + Arrays.toString(endpoints.keySet().toArray());
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
