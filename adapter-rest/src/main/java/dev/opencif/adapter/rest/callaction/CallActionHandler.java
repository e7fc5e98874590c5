package dev.opencif.adapter.rest.callaction;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.application.port.in.system.AuthenticateClientCommand;
import dev.opencif.application.port.in.system.AuthenticatedClient;
import dev.opencif.adapter.rest.http.RestErrors;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.RequestFingerprint;
import dev.opencif.application.support.FailureLog;
import dev.opencif.dialect.DialectHandler;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.dialect.ServerFailure;
import dev.opencif.dialect.idempotency.IdempotentWrites;
import dev.opencif.dialect.json.JsonBodies;
import dev.opencif.domain.error.ErrorCode;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.UnauthenticatedException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Channel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The FintechOS-style callAction endpoint ({@code POST /api/openApi/CallAction}): checks the envelope and the
 * {@code ApiInfo} credentials (realm {@code callaction}), dispatches {@code Request.ActionName} to its use case
 * and answers every request with one result object ({@code IsSuccess}, {@code Message}, {@code ErrorCode},
 * {@code Rule}, {@code Errors}, {@code Data}). Envelope failures are HTTP 4xx; business outcomes are HTTP 200.
 */
public final class CallActionHandler implements DialectHandler {
    public static final String PATH = "/api/openApi/CallAction";
    public static final String REALM = "callaction";

    private static final String MESSAGE_INTERNAL = "The request could not be processed; please try again later";
    private static final FailureLog FAILURES = new FailureLog(CallActionHandler.class);

    private final CallActionUseCases useCases;
    private final IdempotentWrites writes;
    private final CallActionConfig config;
    private final ActionTable table;
    private final ObjectMapper json;

    public CallActionHandler(CallActionUseCases useCases, CallActionConfig config) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.writes = new IdempotentWrites(useCases.executeIdempotently(), "callaction");
        this.config = Objects.requireNonNull(config, "config");
        this.table = new ActionTable(useCases, config);
        // the envelope dialects' one mapper: duplicate keys and trailing content refused, as in ESB and inter-API
        this.json = JsonBodies.envelopeMapper().build();
    }

    @Override
    public String name() {
        return "callaction";
    }

    /** {@code /api/openApi/CallAction}, with or without a trailing slash. */
    @Override
    public boolean serves(String path) {
        return path.equals(PATH) || path.equals(PATH + "/");
    }

    /** A failure the HTTP server decided, as a callAction answer ({@code IsSuccess: false}). */
    @Override
    public DialectResponse failure(ServerFailure failure) {
        DialectResponse answer = respond(failure.status(), CallResult.failure(failure.code(), null, failure.message(), List.of()), "-");
        for (Map.Entry<String, String> header : failure.headers().entrySet()) {
            answer = answer.withHeader(header.getKey(), header.getValue());
        }
        return answer;
    }

    @Override
    public DialectResponse handle(DialectRequest request) {
        String operation = "-";
        try {
            JsonNode envelope = envelope(request);
            JsonNode requestNode = envelope.get("Request");
            AuthenticatedClient client = authenticate(envelope.get("ApiInfo"));
            ActionTable.Action action = action(requestNode);
            operation = action.name();
            JsonNode data = data(requestNode.get("Data"), action);
            Origin origin = new Origin(Channel.CALLACTION, requestId(request), client.clientId());
            if (!action.write()) {
                return run(action, data, origin);
            }
            IdempotentWrites.Request write = new IdempotentWrites.Request(client.clientId(), idempotencyKey(request, requestNode),
                    keyField(request), RequestFingerprint.of(action.name().getBytes(StandardCharsets.UTF_8),
                            IdempotentWrites.canonical(data)), action.name());
            return writes.run(write, this::succeeded, () -> run(action, data, origin));
        } catch (EnvelopeFailure e) {
            return respond(e.status(), CallResult.failure(e.code().name(), null, e.getMessage(), e.problems()), operation);
        } catch (UnauthenticatedException e) {
            return respond(401, CallResult.failure(ErrorCode.UNAUTHENTICATED.name(), null,
                    "ApiInfo: the user name or token is not valid", List.of()), operation);
        } catch (ValidationException e) {
            return respond(400, CallResult.failure(e.code().name(), null, e.getMessage(),
                    e.errors().stream().map(CallResult.Problem::of).toList()), operation);
        } catch (OpenCifException e) {
            String rule = e instanceof RuleViolationException violation ? violation.rule() : null;
            return respond(RestErrors.status(e), CallResult.failure(e.code().name(), rule, e.getMessage(), List.of()), operation);
        } catch (RuntimeException e) {
            FAILURES.unexpected(operation, requestId(request), e);
            return respond(500, CallResult.failure("INTERNAL_ERROR", null, MESSAGE_INTERNAL, List.of()), operation);
        }
    }

    private DialectResponse run(ActionTable.Action action, JsonNode data, Origin origin) {
        try {
            ActionOutcome outcome = action.run().apply(Params.of(data), origin);
            return respond(200, CallResult.ok(outcome.message(), outcome.data()), action.name());
        } catch (ValidationException e) {
            List<FieldError> renamed = e.errors().stream()
                    .map(error -> new FieldError(action.rename(error.field()), error.message())).toList();
            String message = "Invalid data: " + renamed.stream().map(FieldError::toString).collect(Collectors.joining("; "));
            return respond(200, CallResult.failure(ErrorCode.VALIDATION_FAILED.name(), null, message,
                    renamed.stream().map(CallResult.Problem::of).toList()), action.name());
        } catch (OpenCifException e) {
            String rule = e instanceof RuleViolationException violation ? violation.rule() : null;
            return respond(200, CallResult.failure(e.code().name(), rule, e.getMessage(), List.of()), action.name());
        }
    }

    private JsonNode envelope(DialectRequest request) {
        if (!"POST".equalsIgnoreCase(request.method())) {
            throw new EnvelopeFailure(405, ErrorCode.VALIDATION_FAILED, "Only POST is allowed on " + PATH, List.of());
        }
        String path = request.path().endsWith("/") ? request.path().substring(0, request.path().length() - 1) : request.path();
        if (!PATH.equalsIgnoreCase(path)) {
            throw new EnvelopeFailure(404, ErrorCode.NOT_FOUND, "No such endpoint; callAction is POST " + PATH, List.of());
        }
        String contentType = request.header("Content-Type").orElse("");
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new EnvelopeFailure(415, ErrorCode.VALIDATION_FAILED,
                    "Content-Type must be application/json" + (contentType.isBlank() ? "" : ", not " + mediaType), List.of());
        }
        byte[] body = request.body();
        if (body.length > config.maxBodyBytes()) {
            throw new EnvelopeFailure(413, ErrorCode.VALIDATION_FAILED,
                    "The request body exceeds " + config.maxBodyBytes() + " bytes", List.of());
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new EnvelopeFailure(400, ErrorCode.VALIDATION_FAILED, "The request body is not valid JSON" + where, List.of());
        } catch (IOException e) {
            throw new EnvelopeFailure(400, ErrorCode.VALIDATION_FAILED, "The request body is not valid JSON", List.of());
        } catch (NumberFormatException e) {
            throw new EnvelopeFailure(400, ErrorCode.VALIDATION_FAILED, JsonBodies.NUMBER_OUT_OF_RANGE, List.of());
        }
        if (root == null || !root.isObject()) {
            throw EnvelopeFailure.invalid("body", "must be a JSON object {\"Request\":{…},\"ApiInfo\":{…}}");
        }
        JsonNode requestNode = root.get("Request");
        if (requestNode == null || !requestNode.isObject()) {
            throw EnvelopeFailure.invalid("Request", "is required: an object with ActionName and Data");
        }
        return root;
    }

    private AuthenticatedClient authenticate(JsonNode apiInfo) {
        // compared exactly, never trimmed (docs/security.md)
        String user = apiInfo == null ? null : exact(apiInfo.get("UserName"));
        String token = apiInfo == null ? null : exact(apiInfo.get("Token"));
        if (user == null || token == null) {
            throw new EnvelopeFailure(401, ErrorCode.UNAUTHENTICATED, "ApiInfo.UserName and ApiInfo.Token are required",
                    List.of(new CallResult.Problem(user == null ? "ApiInfo.UserName" : "ApiInfo.Token", "is required")));
        }
        try {
            return useCases.authenticateClient().authenticate(new AuthenticateClientCommand(REALM, user, token));
        } catch (ValidationException e) {
            throw new UnauthenticatedException("invalid credentials");
        }
    }

    private ActionTable.Action action(JsonNode requestNode) {
        JsonNode name = requestNode.get("ActionName");
        if (name == null || name.isNull()) {
            if (requestNode.has("ActionID")) {
                throw EnvelopeFailure.invalid("Request.ActionID",
                        "is not supported: name the action in Request.ActionName, e.g. FTOS_ACC_AccountHeader");
            }
            throw EnvelopeFailure.invalid("Request.ActionName", "is required");
        }
        if (!name.isTextual() || name.asText().isBlank()) {
            throw EnvelopeFailure.invalid("Request.ActionName", "must be the action's name, e.g. FTOS_ACC_AccountHeader");
        }
        return table.find(name.asText().strip()).orElseThrow(() -> EnvelopeFailure.invalid("Request.ActionName",
                "is not a callAction action; the actions are listed in docs/dialects/callaction.md"));
    }

    /** {@code Data} as an object, as a JSON-encoded object string (a stray leading ':' tolerated), or null. */
    private JsonNode data(JsonNode data, ActionTable.Action action) {
        JsonNode decoded = data;
        if (data != null && data.isTextual()) {
            String text = data.asText().strip();
            if (text.startsWith(":")) {
                text = text.substring(1).strip();
            }
            if (text.isEmpty() || text.equals("null")) {
                decoded = null;
            } else {
                try {
                    decoded = json.readTree(text);
                } catch (JsonProcessingException | NumberFormatException e) {
                    throw EnvelopeFailure.invalid("Request.Data", "is a string but not a JSON-encoded object");
                }
            }
        }
        if (decoded == null || decoded.isNull() || decoded.isMissingNode()) {
            if (action.dataRequired()) {
                throw EnvelopeFailure.invalid("Request.Data", "is required for " + action.name());
            }
            return null;
        }
        if (!decoded.isObject()) {
            throw EnvelopeFailure.invalid("Request.Data", "must be a JSON object or a JSON-encoded object string");
        }
        return decoded;
    }

    /**
     * The idempotency key of a write: the {@code Idempotency-Key} header, else the optional {@code Request.RequestId}
     * of the envelope; none makes the write run as it always did.
     */
    private static Optional<String> idempotencyKey(DialectRequest request, JsonNode requestNode) {
        Optional<String> header = request.header(IdempotentWrites.KEY_HEADER);
        if (header.isPresent()) {
            return header;
        }
        JsonNode id = requestNode.get("RequestId");
        if (id == null || id.isNull()) {
            return Optional.empty();
        }
        return Optional.of(id.isTextual() ? id.asText() : id.toString());
    }

    private static String keyField(DialectRequest request) {
        return request.header(IdempotentWrites.KEY_HEADER).isPresent() ? IdempotentWrites.KEY_HEADER : "Request.RequestId";
    }

    /** A callAction success: HTTP 200 with {@code IsSuccess: true} (business failures answer 200 too). */
    private boolean succeeded(DialectResponse response) {
        if (response.status() != 200) {
            return false;
        }
        try {
            return json.readTree(response.body()).path("IsSuccess").asBoolean(false);
        } catch (IOException e) {
            return false;
        }
    }

    private static String requestId(DialectRequest request) {
        return request.header("X-Request-Id").map(String::strip)
                .filter(id -> !id.isEmpty() && id.length() <= 100).orElse(null);
    }

    private static String exact(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isEmpty() ? null : node.asText();
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private DialectResponse respond(int status, CallResult result, String operation) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            FAILURES.unexpected(operation, null, e);
            status = 500;
            body = ("{\"IsSuccess\":false,\"Message\":\"" + MESSAGE_INTERNAL
                    + "\",\"ErrorCode\":\"INTERNAL_ERROR\",\"Rule\":null,\"Errors\":[],\"Data\":null}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (status == 405) {
            return new DialectResponse(status, Map.of("Content-Type", "application/json; charset=utf-8", "Allow", "POST"), body, operation);
        }
        return DialectResponse.json(status, body, operation);
    }
}
