package dev.opencif.adapter.esb.accountservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.adapter.esb.accountservice.EsbDtos.FieldErrorDto;
import dev.opencif.adapter.esb.accountservice.EsbDtos.RequestHeader;
import dev.opencif.application.port.in.system.AuthenticatedClient;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.RequestFingerprint;
import dev.opencif.application.support.FailureLog;
import dev.opencif.dialect.DialectHandler;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.dialect.ServerFailure;
import dev.opencif.dialect.idempotency.IdempotentWrites;
import dev.opencif.dialect.json.BodyException;
import dev.opencif.dialect.json.JsonBodies;
import dev.opencif.dialect.json.ValueFields;
import dev.opencif.domain.error.ErrorCode;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Channel;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ESB accountService v1 dialect: {@code POST /accountService/v1/<operation>} (also behind one environment prefix
 * segment such as {@code /esbuat7801}) with a {@code header}/{@code data} envelope. This class routes and runs the
 * steps; the envelope ({@link EsbEnvelope}), the client ({@link EsbAuthenticator}) and the eighteen operations
 * ({@link AccountOperations}, {@link CustomerOperations}, {@link BankingUserOperations}) each live in their own class.
 * Framework-neutral and thread-safe; {@code docs/dialects/esb.md} documents the envelope, result codes and operations.
 */
public final class AccountServiceHandler implements DialectHandler {
    /** The operations in the seed's order. */
    static final List<String> OPERATIONS = List.of("get-account-list", "create-current-account", "create-nice-hold-acct",
            "close-izi-mobile-acct", "inquiry-nice-acct", "inquiry-nice-acct-online", "get-customer-info", "updateEkycLimit",
            "update-blacklist-customer", "update-protect-agreement", "valid-ekyc-customer", "valid-izi-mobile-user",
            "valid-legal-id", "valid-phone-number", "update-user-ib-status", "get-user-info-ebank", "get-customer-by-id",
            "create-ekyc-account");
    /** Everything below {@code /accountService/v1}, also behind one environment prefix segment. */
    private static final Pattern SERVED = Pattern.compile("/(?:[A-Za-z0-9._~-]+/)?accountService/v1(?:/.*)?");
    private static final Pattern PATH = Pattern.compile("/(?:[A-Za-z0-9._~-]+/)?accountService/v1/([^/]+)");
    private static final FailureLog FAILURES = new FailureLog(AccountServiceHandler.class);

    /** Command field paths of the use cases, as the ESB caller knows them. */
    private static final Map<String, String> SERVICE_FIELDS = Map.ofEntries(
            Map.entry("number", "data.accountNo"), Map.entry("accountNumber", "data.accountNo"),
            Map.entry("username", "data.username"), Map.entry("reason", "data.reason"),
            Map.entry("holdDuration", "data.holdMinutes"), Map.entry("birthDate", "data.birthDate"),
            Map.entry("firstName", "data.firstName"), Map.entry("lastName", "data.lastName"),
            Map.entry("middleName", "data.middleName"), Map.entry("kyc.accountLimit", "data.limit"),
            Map.entry("accountLimit", "data.limit"), Map.entry("amount", "data.limit"), Map.entry("customer", "data.cif"),
            Map.entry("cif", "data.cif"));

    private final EsbEnvelope envelope;
    private final EsbAuthenticator authenticator;
    private final Map<String, EsbOperation> routes;
    private final IdempotentWrites writes;

    /** The operations that change data: each runs at most once per client and {@code header.requestId} (ADR 014). */
    static final Set<String> WRITES = Set.of("create-current-account", "create-nice-hold-acct", "inquiry-nice-acct-online",
            "close-izi-mobile-acct", "update-user-ib-status", "updateEkycLimit", "update-blacklist-customer",
            "update-protect-agreement", "create-ekyc-account");

    public AccountServiceHandler(AccountServiceUseCases useCases, EsbConfig config) {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(config, "config");
        ObjectMapper mapper = JsonBodies.envelopeMapper().build();
        EsbFields fields = new EsbFields(config, mapper);
        this.envelope = new EsbEnvelope(config, mapper, fields);
        this.authenticator = new EsbAuthenticator(useCases.authenticateClient());
        this.writes = new IdempotentWrites(useCases.executeIdempotently(), "esb");
        Map<String, EsbOperation> all = new LinkedHashMap<>();
        all.putAll(new AccountOperations(useCases, fields).operations());
        all.putAll(new CustomerOperations(useCases, fields).operations());
        all.putAll(new BankingUserOperations(useCases, fields).operations());
        Map<String, EsbOperation> table = new LinkedHashMap<>();
        for (String name : OPERATIONS) {
            table.put(name, Objects.requireNonNull(all.get(name), name));
        }
        if (all.size() != OPERATIONS.size()) {
            throw new IllegalStateException("operations without a place in the seed's order: " + all.keySet());
        }
        this.routes = Collections.unmodifiableMap(table);
    }

    @Override
    public String name() {
        return "esb";
    }

    @Override
    public boolean serves(String path) {
        return SERVED.matcher(path).matches();
    }

    /** The operation names this handler serves, in the seed's order. */
    public Set<String> operations() {
        return routes.keySet();
    }

    @Override
    public DialectResponse handle(DialectRequest request) {
        Objects.requireNonNull(request, "request");
        Matcher matcher = PATH.matcher(request.path());
        String name = matcher.matches() ? matcher.group(1) : null;
        EsbOperation operation = name == null ? null : routes.get(name);
        if (operation == null) {
            return envelope.failure(null, EsbResultCode.UNKNOWN_OPERATION, "-", ErrorCode.NOT_FOUND.name(),
                    "no such ESB operation; use POST /accountService/v1/<operation> with one of "
                            + String.join(", ", routes.keySet()), null, null, Map.of());
        }
        if (!"POST".equalsIgnoreCase(request.method())) {
            return envelope.failure(null, EsbResultCode.METHOD_NOT_ALLOWED, name, "METHOD_NOT_ALLOWED",
                    request.method() + " is not allowed; ESB operations are called with POST", null, null, Map.of("Allow", "POST"));
        }
        JsonNode root;
        try {
            root = envelope.read(request);
        } catch (BodyException e) {
            EsbResultCode code = EsbEnvelope.resultCode(e);
            return envelope.failure(null, code, name, code.name(), e.getMessage(), null, null, Map.of());
        }
        RequestHeader echo = EsbEnvelope.echo(root.get("header"));
        RequestHeader header;
        try {
            header = envelope.header(root.get("header"));
        } catch (ValidationException e) {
            return envelope.failure(echo, EsbResultCode.INVALID_HEADER, name, ErrorCode.VALIDATION_FAILED.name(), e.getMessage(),
                    null, EsbEnvelope.errors(e), Map.of());
        }
        try {
            AuthenticatedClient client = authenticator.authenticate(header, request);
            JsonNode data = root.get("data");
            if (data == null || !data.isObject()) {
                throw ValidationException.of("data", "is required and must be a JSON object");
            }
            Origin origin = new Origin(Channel.statedOr(header.channel(), Channel.ESB), header.requestId(), client.clientId());
            Supplier<DialectResponse> answer = () -> envelope.respond(EsbResultCode.SUCCESS, echo, name, "Success", null, null, null,
                    run(operation, data, origin), Map.of());
            if (!WRITES.contains(name)) {
                return answer.get();
            }
            RequestFingerprint fingerprint = RequestFingerprint.of(name.getBytes(StandardCharsets.UTF_8), IdempotentWrites.canonical(data));
            return writes.run(new IdempotentWrites.Request(client.clientId(), Optional.ofNullable(header.requestId()),
                    "header.requestId", fingerprint, name), IdempotentWrites::successful, answer);
        } catch (OpenCifException e) {
            EsbResultCode code = EsbResultCode.of(e.code());
            String rule = e instanceof RuleViolationException violation ? violation.rule() : null;
            List<FieldErrorDto> fieldErrors = e instanceof ValidationException validation ? EsbEnvelope.errors(validation) : null;
            return envelope.failure(echo, code, name, e.code().name(), e.getMessage(), rule, fieldErrors, Map.of());
        } catch (RuntimeException e) {
            FAILURES.unexpected(name, echo.requestId() != null ? echo.requestId() : request.header("X-Request-Id").orElse(null), e);
            return envelope.failure(echo, EsbResultCode.INTERNAL_ERROR, name, "INTERNAL_ERROR",
                    "an unexpected error occurred; retry later"
                            + (echo.requestId() == null ? "" : " or report requestId " + echo.requestId()), null, null, Map.of());
        }
    }

    /** A failure the HTTP server decided, as an ESB envelope with the result code of its status. */
    @Override
    public DialectResponse failure(ServerFailure failure) {
        EsbResultCode code = switch (failure.status()) {
            case 413 -> EsbResultCode.PAYLOAD_TOO_LARGE;
            case 404 -> EsbResultCode.UNKNOWN_OPERATION;
            case 405 -> EsbResultCode.METHOD_NOT_ALLOWED;
            case 415 -> EsbResultCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> EsbResultCode.SERVICE_UNAVAILABLE;
            default -> failure.status() >= 500 ? EsbResultCode.INTERNAL_ERROR : EsbResultCode.MALFORMED_REQUEST;
        };
        DialectResponse answer = envelope.failure(null, code, "-", failure.code(), failure.message(), null, null, failure.headers());
        return code.status() == failure.status() ? answer
                : new DialectResponse(failure.status(), answer.headers(), answer.body(), answer.operation());
    }

    private Object run(EsbOperation operation, JsonNode data, Origin origin) {
        try {
            return operation.run(data, origin);
        } catch (ValidationException e) {
            throw ValueFields.translated(e, SERVICE_FIELDS);
        }
    }
}
