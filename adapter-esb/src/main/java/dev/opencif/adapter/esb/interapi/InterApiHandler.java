package dev.opencif.adapter.esb.interapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.opencif.adapter.esb.interapi.InterApiDtos.FieldMessage;
import dev.opencif.adapter.esb.interapi.InterApiDtos.RequestHeader;
import dev.opencif.adapter.esb.interapi.InterApiDtos.ServiceError;
import dev.opencif.adapter.esb.interapi.InterApiDtos.ServiceResponse;
import dev.opencif.application.port.in.onboarding.CompleteDigitalOnboardingCommand;
import dev.opencif.application.port.in.onboarding.OnboardingStatus;
import dev.opencif.application.port.in.onboarding.StartDigitalOnboardingCommand;
import dev.opencif.application.port.in.onboarding.UpdateDigitalOnboardingCommand;
import dev.opencif.application.port.in.system.AuthenticateClientCommand;
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
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.BranchRef;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.UnauthenticatedException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.CodedValue;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.onboarding.OnboardingState;
import dev.opencif.domain.onboarding.ProcessId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inter-API digital-customer dialect: {@code POST /interapi/v1/CreateDigitalCustomer},
 * {@code UpdateDigitalCustomerInformations} and {@code CompleteDigitalCustomer} with the
 * {@code Header}/{@code Parameters} envelope, answered as {@code ServiceResponseMessage}. The AppKey is
 * checked through the credentials port; a request repeated under the same ChannelRequestId gets its first
 * successful answer again, from any server instance ({@link IdempotentWrites}, ADR 014). See
 * {@code docs/dialects/interapi.md}.
 */
public final class InterApiHandler implements DialectHandler {
    static final String CREATE = "CreateDigitalCustomer";
    static final String UPDATE = "UpdateDigitalCustomerInformations";
    static final String COMPLETE = "CompleteDigitalCustomer";
    /** inter-API State of a flow in progress (started, information stored), as every seed sample shows it. */
    static final int STATE_IN_PROGRESS = 2;
    /** inter-API State of a completed flow. */
    static final int STATE_COMPLETED = 3;

    private static final String BASE = "/interapi/v1";
    private static final Pattern PATH = Pattern.compile("/interapi/v1/([A-Za-z]+)");
    private static final String P = "Parameters[0]";
    private static final int MAX_REQUEST_ID = 100;
    private static final FailureLog FAILURES = new FailureLog(InterApiHandler.class);

    /** Command field paths of the use cases, as the inter-API caller knows them. */
    private static final Map<String, String> SERVICE_FIELDS = Map.of(
            "contactAddress", P + ".ContactAddressInfo", "userCode", P + ".UserCode",
            "selectedAddress", P + ".SelectedAddress");

    @FunctionalInterface
    private interface Method {
        Object run(JsonNode call, Origin origin);
    }

    private final InterApiUseCases useCases;
    private final InterApiConfig config;
    private final ObjectMapper mapper;
    private final Map<String, Method> methods;
    private final IdempotentWrites writes;

    public InterApiHandler(InterApiUseCases useCases, InterApiConfig config) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.config = Objects.requireNonNull(config, "config");
        this.mapper = JsonBodies.envelopeMapper()
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .build();
        Map<String, Method> table = new LinkedHashMap<>();
        table.put(CREATE, this::create);
        table.put(UPDATE, this::update);
        table.put(COMPLETE, this::complete);
        this.methods = java.util.Collections.unmodifiableMap(table);
        this.writes = new IdempotentWrites(useCases.executeIdempotently(), "interapi");
    }

    @Override
    public String name() {
        return "interapi";
    }

    @Override
    public boolean serves(String path) {
        return path.equals(BASE) || path.startsWith(BASE + "/");
    }

    /** A failure the HTTP server decided, as an inter-API {@code ServiceError}. */
    @Override
    public DialectResponse failure(ServerFailure failure) {
        return error(failure.status(), "-", failure.code(), failure.message(), null, null, failure.headers());
    }

    /** Answers one request; never throws for anything a caller can send. */
    @Override
    public DialectResponse handle(DialectRequest request) {
        Objects.requireNonNull(request, "request");
        Matcher matcher = PATH.matcher(request.path());
        String name = matcher.matches() ? matcher.group(1) : null;
        Method method = name == null ? null : methods.get(name);
        if (method == null) {
            return error(404, "-", "UNKNOWN_METHOD", "no such inter-API method; use POST /interapi/v1/<Method> with one of "
                    + String.join(", ", methods.keySet()), null, null, Map.of());
        }
        if (!"POST".equalsIgnoreCase(request.method())) {
            return error(405, name, "METHOD_NOT_ALLOWED", request.method() + " is not allowed; inter-API methods are called with POST",
                    null, null, Map.of("Allow", "POST"));
        }
        JsonNode root;
        try {
            root = JsonBodies.readObject(request, config.maxBodyBytes(), mapper);
        } catch (BodyException e) {
            return error(e.kind().status(), name, e.kind() == BodyException.Kind.MALFORMED_JSON ? "MALFORMED_REQUEST" : e.kind().name(),
                    e.getMessage(), null, null, Map.of());
        }
        RequestHeader header;
        JsonNode call;
        try {
            header = header(root);
            call = call(root);
        } catch (OpenCifException e) {
            return failure(name, e);
        }
        String appKeyHash = sha256(header.appKey());
        RequestFingerprint fingerprint = RequestFingerprint.of(name.getBytes(StandardCharsets.UTF_8),
                IdempotentWrites.canonical(root.get("Parameters")));
        try {
            // the seed keys a request by its ChannelRequestId per method: Create and Complete of one flow may share it
            return writes.run(new IdempotentWrites.Request(appKeyHash, Optional.of(name + "/" + header.channelRequestId()),
                    "Header.ChannelRequestId", fingerprint, name), IdempotentWrites::successful,
                    () -> run(name, method, call, header, appKeyHash));
        } catch (RuleViolationException e) {
            return error(409, name, "REQUEST_ID_REUSED", "ChannelRequestId " + header.channelRequestId()
                    + " was already used for a different " + name + " request; send a new ChannelRequestId for a new request",
                    null, null, Map.of());
        } catch (OpenCifException e) {
            return failure(name, e);
        }
    }

    private DialectResponse run(String name, Method method, JsonNode call, RequestHeader header, String appKeyHash) {
        try {
            Origin origin = new Origin(Channel.statedOr(header.channel(), Channel.INTERAPI), header.channelRequestId(),
                    "appkey-" + appKeyHash.substring(0, 12));
            Object data = method.run(call, origin);
            return respond(200, name, new ServiceResponse("ServiceResponseMessage", data, null), Map.of());
        } catch (ValidationException e) {
            return failure(name, ValueFields.translated(e, SERVICE_FIELDS));
        } catch (OpenCifException e) {
            return failure(name, e);
        } catch (RuntimeException e) {
            FAILURES.unexpected(name, header.channelRequestId(), e);
            return error(500, name, "INTERNAL_ERROR", "an unexpected error occurred; retry later", null, null, Map.of());
        }
    }

    // ---- envelope ------------------------------------------------------------------------------------

    private RequestHeader header(JsonNode root) {
        JsonNode node = root.get("Header");
        if (node == null || !node.isObject()) {
            throw new UnauthenticatedException("Header with an AppKey is required");
        }
        RequestHeader header = bind(node, RequestHeader.class, "Header");
        if (header.appKey() == null || header.appKey().isBlank()) {
            throw new UnauthenticatedException("Header.AppKey is required");
        }
        // compared exactly: an AppKey with a stray space is another (unknown) key (docs/security.md)
        useCases.authenticateClient().authenticate(new AuthenticateClientCommand(InterApiConfig.REALM, header.appKey(),
                header.appKey()));
        Checks.text(ValueFields.required(header.channel(), "Header.Channel"), "Header.Channel", 32);
        Checks.text(ValueFields.required(header.channelRequestId(), "Header.ChannelRequestId"), "Header.ChannelRequestId", MAX_REQUEST_ID);
        return new RequestHeader(header.appKey(), header.channel().strip(), header.channelSessionId(),
                header.channelRequestId());
    }

    private static JsonNode call(JsonNode root) {
        JsonNode parameters = root.get("Parameters");
        if (parameters == null || !parameters.isArray() || parameters.isEmpty()) {
            throw ValidationException.of("Parameters", "is required: an array whose first element is the call");
        }
        if (parameters.size() > 1) {
            throw ValidationException.of("Parameters", "must hold exactly one element (the call), not " + parameters.size());
        }
        JsonNode call = parameters.get(0);
        if (!call.isObject()) {
            throw ValidationException.of(P, "must be a JSON object");
        }
        return call;
    }

    private DialectResponse failure(String name, OpenCifException e) {
        int status = switch (e.code()) {
            case VALIDATION_FAILED -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case ALREADY_EXISTS, DUPLICATE_IDENTIFIER, CONFLICT, INVALID_STATE_TRANSITION -> 409;
            case RULE_VIOLATION -> 422;
        };
        String rule = e instanceof RuleViolationException violation ? violation.rule() : null;
        List<FieldMessage> fields = e instanceof ValidationException validation
                ? validation.errors().stream().map(f -> new FieldMessage(f.field(), f.message())).toList() : null;
        return error(status, name, e.code().name(), e.getMessage(), rule, fields, Map.of());
    }

    private DialectResponse error(int status, String name, String code, String message, String rule, List<FieldMessage> fields,
                              Map<String, String> headers) {
        return respond(status, name, new ServiceResponse("ServiceResponseMessage", null,
                new ServiceError("ServiceError", code, message, rule, fields)), headers);
    }

    private DialectResponse respond(int status, String name, ServiceResponse response, Map<String, String> headers) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an inter-API answer could not be written as JSON", e);
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", "application/json; charset=utf-8");
        all.putAll(headers);
        return new DialectResponse(status, all, body, name);
    }

    private <T> T bind(JsonNode node, Class<T> type, String prefix) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw JsonBodies.asValidation(e, prefix);
        } catch (JsonProcessingException e) {
            throw ValidationException.of(prefix, "could not be read");
        }
    }

    // ---- methods -------------------------------------------------------------------------------------

    private Object create(JsonNode node, Origin origin) {
        InterApiDtos.CreateCall call = bind(node, InterApiDtos.CreateCall.class, P);
        InterApiDtos.DigitalCustomer c = ValueFields.required(call.digitalCustomer(), P + ".DigitalCustomer");
        final String f = P + ".DigitalCustomer";
        NationalId citizen = citizen(c.citizenshipNumber(), f + ".CitizenshipNumber");
        PhoneNumber phone = phone(ValueFields.required(c.phoneNumber(), f + ".PhoneNumber"), f + ".PhoneNumber");
        EmailAddress email = email(ValueFields.required(c.email(), f + ".Email"), f + ".Email");
        OnboardingStatus status = useCases.startDigitalOnboarding().start(new StartDigitalOnboardingCommand(origin, citizen, phone,
                email, isTrue(c.isFatca()), isTrue(c.isUSCustomer()), isTrue(c.notificationOnUpdate()), isTrue(c.isKVKKApproved()),
                isTrue(call.isGetProcess())));
        return new InterApiDtos.CreateMessage("CreateDigitalCustomerMessage", status.processId().value(),
                status.customerNumber().value(), state(status.state()));
    }

    private Object update(JsonNode node, Origin origin) {
        InterApiDtos.UpdateCall u = bind(node, InterApiDtos.UpdateCall.class, P);
        CustomerNumber customerNo = customerNo(u.customerNo());
        ProcessId processId = processId(u.processId());
        NationalId citizen = citizen(u.citizenshipNumber(), P + ".CitizenshipNumber");
        CodedValue education = coded(u.educationStatusCode(), u.educationStatus(), "EducationStatus");
        CodedValue workingStatus = coded(u.workingStatusCode(), u.workingStatus(), "WorkingStatus");
        CodedValue jobTitle = u.jobTitleCode() == null && u.jobTitle() == null ? null
                : ValueFields.parse(P + ".JobTitle", () -> CodedValue.of(u.jobTitleCode(), u.jobTitle()));
        CodedValue homeStatus = coded(u.homeStatusCode(), u.homeStatus(), "HomeStatus");
        Employment employment;
        try {
            employment = new Employment(workingStatus, jobTitle, u.companyName(), u.workAreaCode());
        } catch (ValidationException e) {
            throw ValueFields.translated(e, Map.of("employment.companyName", P + ".CompanyName",
                    "employment.workAreaCode", P + ".WorkAreaCode"));
        }
        BigDecimal salary = ValueFields.decimal(ValueFields.required(u.salaryInfo(), P + ".SalaryInfo"), P + ".SalaryInfo");
        Checks.that(salary.signum() >= 0, P + ".SalaryInfo", "must not be negative");
        Money income = ValueFields.parse(P + ".SalaryInfo", () -> config.incomeCurrency().amount(salary.stripTrailingZeros()));
        String branchId = ValueFields.required(u.branchId(), P + ".BranchId");
        BranchRef branch = ValueFields.parse(P + ".BranchId", () -> new BranchRef(branchId));
        AddressType selected = InterApiMapper.addressType(ValueFields.required(u.selectedAddress(), P + ".SelectedAddress"),
                P + ".SelectedAddress");
        Address home = InterApiMapper.address(ValueFields.required(u.homeAddressInfo(), P + ".HomeAddressInfo"), AddressType.HOME,
                P + ".HomeAddressInfo");
        if (selected == AddressType.WORK && u.jobAddressInfo() == null) {
            throw ValidationException.of(P + ".JobAddressInfo", "is required when SelectedAddress is Work");
        }
        if (selected == AddressType.CONTACT && u.contactAddressInfo() == null) {
            throw ValidationException.of(P + ".ContactAddressInfo", "is required when SelectedAddress is Contact");
        }
        Address job = u.jobAddressInfo() == null ? null
                : InterApiMapper.address(u.jobAddressInfo(), AddressType.WORK, P + ".JobAddressInfo");
        Address contact = u.contactAddressInfo() == null ? null
                : InterApiMapper.address(u.contactAddressInfo(), AddressType.CONTACT, P + ".ContactAddressInfo");
        boolean calculateLimit = isTrue(u.calculateLimit());
        OnboardingStatus status = useCases.updateDigitalOnboarding().update(new UpdateDigitalOnboardingCommand(origin, processId,
                customerNo, citizen, education, employment, income, homeStatus, branch, home, job, contact, selected, calculateLimit));
        BigDecimal limit = !calculateLimit ? null
                : status.accountLimit() == null ? BigDecimal.ZERO : status.accountLimit().amount();
        return new InterApiDtos.UpdateMessage("AddDigitalCustomerDocumentsMessage", calculateLimit, status.processId().value(),
                state(status.state()), limit);
    }

    private Object complete(JsonNode node, Origin origin) {
        InterApiDtos.CompleteCall c = bind(node, InterApiDtos.CompleteCall.class, P);
        CustomerNumber customerNo = customerNo(c.customerNo());
        ProcessId processId = processId(c.processId());
        EmailAddress email = c.email() == null || c.email().isBlank() ? null : email(c.email(), P + ".Email");
        PhoneNumber phone = c.phoneNumber() == null || c.phoneNumber().isBlank() ? null : phone(c.phoneNumber(), P + ".PhoneNumber");
        String userCode = c.userCode() == null || c.userCode().isBlank() ? null : Checks.text(c.userCode(), P + ".UserCode", 100);
        OnboardingStatus status = useCases.completeDigitalOnboarding().complete(new CompleteDigitalOnboardingCommand(origin, processId,
                customerNo, email, phone, isTrue(c.isApprovedAgent()), isTrue(c.isCourierSelected()), userCode));
        return new InterApiDtos.CompleteMessage("CompleteDigitalCustomerMessage", state(status.state()));
    }

    /** The flow's state as the inter-API {@code State}: 2 while in progress, 3 once completed. */
    static int state(OnboardingState state) {
        return state == OnboardingState.COMPLETED ? STATE_COMPLETED : STATE_IN_PROGRESS;
    }

    // ---- field parsing -------------------------------------------------------------------------------

    private static NationalId citizen(String value, String field) {
        String raw = ValueFields.required(value, field);
        return ValueFields.parse(field, () -> NationalId.turkish(raw));
    }

    private PhoneNumber phone(String raw, String field) {
        return ValueFields.parse(field, () -> PhoneNumber.parse(raw, config.phoneRegion()));
    }

    private static EmailAddress email(String raw, String field) {
        return ValueFields.parse(field, () -> new EmailAddress(raw));
    }

    private static CustomerNumber customerNo(Long value) {
        long raw = ValueFields.required(value, P + ".CustomerNo");
        return ValueFields.parse(P + ".CustomerNo", () -> new CustomerNumber(raw));
    }

    private static ProcessId processId(Long value) {
        long raw = ValueFields.required(value, P + ".ProcessId");
        return ValueFields.parse(P + ".ProcessId", () -> new ProcessId(raw));
    }

    /** A parameter-table value: the code ({@code <name>Code}) is required, the label ({@code <name>}) kept when sent. */
    private static CodedValue coded(String code, String label, String name) {
        String required = ValueFields.required(code, P + "." + name + "Code");
        return ValueFields.parse(P + "." + name, () -> new CodedValue(required, label));
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
