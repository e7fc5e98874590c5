package dev.opencif.adapter.esb.accountservice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.adapter.esb.accountservice.EsbDtos.FieldErrorDto;
import dev.opencif.adapter.esb.accountservice.EsbDtos.RequestHeader;
import dev.opencif.adapter.esb.accountservice.EsbDtos.ResponseHeader;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.account.HoldNiceNumberCommand;
import dev.opencif.application.port.in.account.ListAccountsQuery;
import dev.opencif.application.port.in.account.NiceNumberOffer;
import dev.opencif.application.port.in.account.OpenAccountCommand;
import dev.opencif.application.port.in.account.OpenNiceAccountCommand;
import dev.opencif.application.port.in.account.ReleaseHoldCommand;
import dev.opencif.application.port.in.account.SearchNiceNumbersQuery;
import dev.opencif.application.port.in.agreement.UpdateConsentCommand;
import dev.opencif.application.port.in.banking.BankingUserAction;
import dev.opencif.application.port.in.banking.CloseBankingUserCommand;
import dev.opencif.application.port.in.banking.EkycComboResult;
import dev.opencif.application.port.in.banking.GetBankingUserQuery;
import dev.opencif.application.port.in.banking.OpenEkycComboCommand;
import dev.opencif.application.port.in.banking.UpdateBankingUserStatusCommand;
import dev.opencif.application.port.in.customer.BlacklistCustomerCommand;
import dev.opencif.application.port.in.customer.CheckEkycStatusQuery;
import dev.opencif.application.port.in.customer.CheckIdentifierQuery;
import dev.opencif.application.port.in.customer.EkycStatus;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.port.in.customer.LiftBlacklistCommand;
import dev.opencif.application.port.in.customer.UpdateEkycLimitCommand;
import dev.opencif.application.port.in.system.AuthenticateClientCommand;
import dev.opencif.application.port.in.system.AuthenticatedClient;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.application.support.FailureLog;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.dialect.json.BodyException;
import dev.opencif.dialect.json.JsonBodies;
import dev.opencif.dialect.json.ValueFields;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.ErrorCode;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.UnauthenticatedException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.NationalIdKind;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.nicenumber.NicePattern;
import dev.opencif.domain.nicenumber.NiceTier;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ESB accountService v1 dialect: {@code POST /accountService/v1/<operation>} (also behind one
 * environment prefix segment such as {@code /esbuat7801}) with a {@code header}/{@code data} envelope,
 * answered through the {@link OpenCif} use cases. Framework-neutral and thread-safe; see
 * {@code docs/dialects/esb.md} for the envelope, the result codes and every operation.
 */
public final class AccountServiceHandler {
    private static final Pattern PATH = Pattern.compile("/(?:[A-Za-z0-9._~-]+/)?accountService/v1/([^/]+)");
    private static final int MAX_HOLD_MINUTES = (int) NiceNumberHold.MAX_DURATION.toMinutes();
    private static final int MAX_REQUEST_ID = 64;
    private static final int MAX_CHANNEL = 32;
    private static final String BASIC = "basic ";
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

    @FunctionalInterface
    private interface Operation {
        Object run(JsonNode data, Origin origin);
    }

    private final OpenCif opencif;
    private final EsbConfig config;
    private final ObjectMapper mapper;
    private final Map<String, Operation> routes;

    public AccountServiceHandler(OpenCif opencif, EsbConfig config) {
        this.opencif = Objects.requireNonNull(opencif, "opencif");
        this.config = Objects.requireNonNull(config, "config");
        this.mapper = JsonBodies.envelopeMapper().build();
        Map<String, Operation> table = new LinkedHashMap<>();
        table.put("get-account-list", this::getAccountList);
        table.put("create-current-account", this::createCurrentAccount);
        table.put("create-nice-hold-acct", this::createNiceHoldAcct);
        table.put("close-izi-mobile-acct", this::closeIziMobileAcct);
        table.put("inquiry-nice-acct", this::inquiryNiceAcct);
        table.put("inquiry-nice-acct-online", this::inquiryNiceAcctOnline);
        table.put("get-customer-info", this::getCustomerInfo);
        table.put("updateEkycLimit", this::updateEkycLimit);
        table.put("update-blacklist-customer", this::updateBlacklistCustomer);
        table.put("update-protect-agreement", this::updateProtectAgreement);
        table.put("valid-ekyc-customer", this::validEkycCustomer);
        table.put("valid-izi-mobile-user", this::validIziMobileUser);
        table.put("valid-legal-id", this::validLegalId);
        table.put("valid-phone-number", this::validPhoneNumber);
        table.put("update-user-ib-status", this::updateUserIbStatus);
        table.put("get-user-info-ebank", this::getUserInfoEbank);
        table.put("get-customer-by-id", this::getCustomerById);
        table.put("create-ekyc-account", this::createEkycAccount);
        this.routes = Collections.unmodifiableMap(table);
    }

    /** The operation names this handler serves, in the seed's order. */
    public Set<String> operations() {
        return routes.keySet();
    }

    /** Answers one request; never throws for anything a caller can send. */
    public DialectResponse handle(DialectRequest request) {
        Objects.requireNonNull(request, "request");
        Matcher matcher = PATH.matcher(request.path());
        String name = matcher.matches() ? matcher.group(1) : null;
        Operation operation = name == null ? null : routes.get(name);
        if (operation == null) {
            return failure(null, EsbResultCode.UNKNOWN_OPERATION, "-", ErrorCode.NOT_FOUND.name(),
                    "no ESB operation at " + request.path() + "; use POST /accountService/v1/<operation> with one of "
                            + String.join(", ", routes.keySet()), null, null, Map.of());
        }
        if (!"POST".equalsIgnoreCase(request.method())) {
            return failure(null, EsbResultCode.METHOD_NOT_ALLOWED, name, "METHOD_NOT_ALLOWED",
                    request.method() + " is not allowed; ESB operations are called with POST", null, null, Map.of("Allow", "POST"));
        }
        JsonNode root;
        try {
            root = JsonBodies.readObject(request, config.maxBodyBytes(), mapper);
        } catch (BodyException e) {
            EsbResultCode code = switch (e.kind()) {
                case UNSUPPORTED_MEDIA_TYPE -> EsbResultCode.UNSUPPORTED_MEDIA_TYPE;
                case PAYLOAD_TOO_LARGE -> EsbResultCode.PAYLOAD_TOO_LARGE;
                case MALFORMED_JSON -> EsbResultCode.MALFORMED_REQUEST;
            };
            return failure(null, code, name, code.name(), e.getMessage(), null, null, Map.of());
        }
        RequestHeader echo = echo(root.get("header"));
        RequestHeader header;
        try {
            header = header(root.get("header"));
        } catch (ValidationException e) {
            return failure(echo, EsbResultCode.INVALID_HEADER, name, ErrorCode.VALIDATION_FAILED.name(), e.getMessage(), null,
                    errors(e), Map.of());
        }
        try {
            AuthenticatedClient client = authenticate(header, request);
            JsonNode data = root.get("data");
            if (data == null || !data.isObject()) {
                throw ValidationException.of("data", "is required and must be a JSON object");
            }
            Object result = run(operation, data, new Origin(Channel.ESB, header.requestId(), client.clientId()));
            return respond(EsbResultCode.SUCCESS, echo, name, "Success", null, null, null, result, Map.of());
        } catch (OpenCifException e) {
            EsbResultCode code = EsbResultCode.of(e.code());
            String rule = e instanceof RuleViolationException violation ? violation.rule() : null;
            List<FieldErrorDto> fieldErrors = e instanceof ValidationException validation ? errors(validation) : null;
            return failure(echo, code, name, e.code().name(), e.getMessage(), rule, fieldErrors, Map.of());
        } catch (RuntimeException e) {
            FAILURES.unexpected(name, echo.requestId() != null ? echo.requestId() : request.header("X-Request-Id").orElse(null), e);
            return failure(echo, EsbResultCode.INTERNAL_ERROR, name, "INTERNAL_ERROR",
                    "an unexpected error occurred; retry later"
                            + (echo.requestId() == null ? "" : " or report requestId " + echo.requestId()), null, null, Map.of());
        }
    }

    private Object run(Operation operation, JsonNode data, Origin origin) {
        try {
            return operation.run(data, origin);
        } catch (ValidationException e) {
            throw ValueFields.translated(e, SERVICE_FIELDS);
        }
    }

    // ---- envelope ------------------------------------------------------------------------------------

    private RequestHeader header(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ValidationException.of("header", "is required and must be a JSON object");
        }
        RequestHeader header = bind(node, RequestHeader.class, "header");
        Checks.text(ValueFields.required(header.requestId(), "header.requestId"), "header.requestId", MAX_REQUEST_ID);
        Checks.text(ValueFields.required(header.channel(), "header.channel"), "header.channel", MAX_CHANNEL);
        if (header.requestTime() != null) {
            instant(header.requestTime(), "header.requestTime");
        }
        return new RequestHeader(header.requestId().strip(), header.channel().strip(), header.clientId(), header.clientSecret(),
                header.requestTime());
    }

    /** The header fields to echo, read leniently: even a header that fails validation is echoed as far as it can be. */
    private static RequestHeader echo(JsonNode node) {
        if (node == null || !node.isObject()) {
            return new RequestHeader(null, null, null, null, null);
        }
        return new RequestHeader(text(node, "requestId"), text(node, "channel"), text(node, "clientId"), null,
                text(node, "requestTime"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private AuthenticatedClient authenticate(RequestHeader header, DialectRequest request) {
        String clientId = header.clientId();
        String secret = header.clientSecret();
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isPresent()) {
            String value = authorization.get().strip();
            if (!value.toLowerCase(java.util.Locale.ROOT).startsWith(BASIC)) {
                throw new UnauthenticatedException("the Authorization header must be Basic base64(clientId:clientSecret)");
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new UnauthenticatedException("the Authorization header must be Basic base64(clientId:clientSecret)");
            }
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                throw new UnauthenticatedException("the Authorization header must be Basic base64(clientId:clientSecret)");
            }
            String basicId = decoded.substring(0, colon);
            if (clientId != null && !clientId.isBlank() && !clientId.strip().equals(basicId)) {
                throw new UnauthenticatedException("header.clientId does not match the client of the Authorization header");
            }
            clientId = basicId;
            secret = decoded.substring(colon + 1);
        }
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw new UnauthenticatedException(
                    "header.clientId and header.clientSecret (or an Authorization: Basic header) are required");
        }
        return opencif.authenticateClient().authenticate(new AuthenticateClientCommand(EsbConfig.REALM, clientId.strip(), secret));
    }

    private DialectResponse failure(RequestHeader echo, EsbResultCode code, String operation, String errorCode, String message,
                                String rule, List<FieldErrorDto> errors, Map<String, String> headers) {
        return respond(code, echo, operation, message, errorCode, rule, errors, null, headers);
    }

    private DialectResponse respond(EsbResultCode code, RequestHeader echo, String operation, String message, String errorCode,
                                String rule, List<FieldErrorDto> errors, Object data, Map<String, String> headers) {
        RequestHeader h = echo == null ? new RequestHeader(null, null, null, null, null) : echo;
        ResponseHeader header = new ResponseHeader(h.requestId(), h.channel(), h.clientId(), h.requestTime(),
                config.clock().instant().toString(), code.code(), message, errorCode, rule, errors);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(new EsbDtos.Envelope(header, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ESB answer could not be written as JSON", e);
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", "application/json; charset=utf-8");
        all.putAll(headers);
        return new DialectResponse(code.status(), all, body, operation);
    }

    private static List<FieldErrorDto> errors(ValidationException e) {
        return e.errors().stream().map(f -> new FieldErrorDto(f.field(), f.message())).toList();
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

    private <T> T data(JsonNode node, Class<T> type) {
        return bind(node, type, "data");
    }

    // ---- operations ----------------------------------------------------------------------------------

    private Object getAccountList(JsonNode node, Origin origin) {
        EsbDtos.CifData d = data(node, EsbDtos.CifData.class);
        CustomerNumber cif = cif(d.cif());
        List<AccountState> accounts = opencif.listAccounts().list(new ListAccountsQuery(CustomerRef.number(cif), Viewer.bank(), null));
        return new EsbDtos.AccountListResult(cif.toString(), accounts.stream().map(EsbMapper::account).toList());
    }

    private Object createCurrentAccount(JsonNode node, Origin origin) {
        EsbDtos.OpenAccountData d = data(node, EsbDtos.OpenAccountData.class);
        CustomerNumber cif = cif(d.cif());
        Asset asset = asset(d.currency());
        AccountState account = opencif.openAccount().open(new OpenAccountCommand(origin, CustomerRef.number(cif), Viewer.bank(),
                ProductType.CURRENT_ACCOUNT, asset, null));
        return EsbMapper.opened(cif.toString(), account);
    }

    private Object createNiceHoldAcct(JsonNode node, Origin origin) {
        EsbDtos.NiceHoldData d = data(node, EsbDtos.NiceHoldData.class);
        CustomerNumber cif = cif(d.cif());
        AccountNumber number = accountNo(d.accountNo());
        String action = d.action() == null ? "HOLD" : oneOf(d.action(), "data.action", "HOLD", "RELEASE");
        NiceNumberHold hold;
        if (action.equals("HOLD")) {
            Duration duration = config.niceHoldDuration();
            if (d.holdMinutes() != null) {
                Checks.that(d.holdMinutes() >= 1 && d.holdMinutes() <= MAX_HOLD_MINUTES, "data.holdMinutes",
                        "must be between 1 and " + MAX_HOLD_MINUTES + " (30 days)");
                duration = Duration.ofMinutes(d.holdMinutes());
            }
            hold = opencif.holdNiceNumber().hold(new HoldNiceNumberCommand(origin, CustomerRef.number(cif), number, duration));
        } else {
            hold = opencif.releaseNiceNumberHold().release(new ReleaseHoldCommand(origin, CustomerRef.number(cif), number));
        }
        return EsbMapper.hold(cif.toString(), hold);
    }

    private Object closeIziMobileAcct(JsonNode node, Origin origin) {
        EsbDtos.UserData d = data(node, EsbDtos.UserData.class);
        CustomerNumber cif = cif(d.cif());
        BankingUserState user = opencif.closeBankingUser().close(
                new CloseBankingUserCommand(origin, CustomerRef.number(cif), username(d.username())));
        return EsbMapper.bankingUser(cif.toString(), user);
    }

    private Object inquiryNiceAcct(JsonNode node, Origin origin) {
        EsbDtos.NiceSearchData d = data(node, EsbDtos.NiceSearchData.class);
        NicePattern.Kind kind = Checks.enumValue(NicePattern.Kind.class, ValueFields.required(d.patternType(), "data.patternType"),
                "data.patternType");
        String digits = ValueFields.required(d.pattern(), "data.pattern");
        NicePattern pattern = ValueFields.parse("data.pattern", () -> new NicePattern(kind, digits.strip()));
        NiceTier minimum = d.minTier() == null ? null : Checks.enumValue(NiceTier.class, d.minTier(), "data.minTier");
        int limit = d.limit() == null ? config.niceSearchLimit() : d.limit();
        Checks.that(limit >= 1 && limit <= 100, "data.limit", "must be between 1 and 100");
        List<NiceNumberOffer> offers = opencif.searchNiceNumbers().search(new SearchNiceNumbersQuery(pattern, minimum, limit));
        return new EsbDtos.NiceSearchResult(kind.name(), pattern.digits(), offers.stream()
                .map(o -> new EsbDtos.NiceNumberDto(o.number().value(), o.tier().name())).toList());
    }

    private Object inquiryNiceAcctOnline(JsonNode node, Origin origin) {
        EsbDtos.NiceOpenData d = data(node, EsbDtos.NiceOpenData.class);
        CustomerNumber cif = cif(d.cif());
        AccountNumber number = accountNo(d.accountNo());
        Asset asset = asset(d.currency());
        AccountState account = opencif.openNiceAccount().open(new OpenNiceAccountCommand(origin, CustomerRef.number(cif), number,
                ProductType.CURRENT_ACCOUNT, asset));
        return EsbMapper.opened(cif.toString(), account);
    }

    private Object getCustomerInfo(JsonNode node, Origin origin) {
        EsbDtos.CifData d = data(node, EsbDtos.CifData.class);
        return EsbMapper.customerInfo(customer(cif(d.cif())));
    }

    private Object getCustomerById(JsonNode node, Origin origin) {
        EsbDtos.CifData d = data(node, EsbDtos.CifData.class);
        return EsbMapper.customer(customer(cif(d.cif())));
    }

    private CustomerState customer(CustomerNumber cif) {
        return opencif.getCustomer().get(new GetCustomerQuery(CustomerRef.number(cif), Viewer.bank()));
    }

    private Object updateEkycLimit(JsonNode node, Origin origin) {
        EsbDtos.EkycLimitData d = data(node, EsbDtos.EkycLimitData.class);
        CustomerNumber cif = cif(d.cif());
        BigDecimal amount = ValueFields.decimal(ValueFields.required(d.limit(), "data.limit"), "data.limit");
        Checks.that(amount.signum() > 0, "data.limit", "must be positive");
        Asset asset = asset(d.currency());
        Money limit = ValueFields.parse("data.limit", () -> asset.amount(amount));
        CustomerState customer = opencif.updateEkycLimit().update(new UpdateEkycLimitCommand(origin, CustomerRef.number(cif), limit));
        Money stored = customer.kyc().accountLimit();
        return new EsbDtos.EkycLimitResult(cif.toString(), customer.kyc().level().name(), stored.amount(), stored.currency().value());
    }

    private Object updateBlacklistCustomer(JsonNode node, Origin origin) {
        EsbDtos.BlacklistData d = data(node, EsbDtos.BlacklistData.class);
        CustomerNumber cif = cif(d.cif());
        String action = oneOf(ValueFields.required(d.action(), "data.action"), "data.action", "BLOCK", "UNBLOCK");
        dev.opencif.application.port.in.customer.BlacklistResult result;
        if (action.equals("BLOCK")) {
            String reason = Checks.text(ValueFields.required(d.reason(), "data.reason"), "data.reason", 400);
            result = opencif.blacklistCustomer().blacklist(new BlacklistCustomerCommand(origin, CustomerRef.number(cif), reason));
        } else {
            result = opencif.liftBlacklist().lift(new LiftBlacklistCommand(origin, CustomerRef.number(cif)));
        }
        CustomerState customer = result.customer();
        return new EsbDtos.BlacklistResult(cif.toString(), action, customer.status().name(), customer.blacklisting() != null,
                customer.blacklisting() == null ? null : customer.blacklisting().reason(),
                result.accounts().stream().map(a -> new EsbDtos.AccountStatusDto(a.number().value(), a.status().name())).toList(),
                result.bankingUsers().stream().map(u -> new EsbDtos.UserStatusDto(u.username().value(), u.status().name())).toList());
    }

    private Object updateProtectAgreement(JsonNode node, Origin origin) {
        EsbDtos.ConsentData d = data(node, EsbDtos.ConsentData.class);
        CustomerNumber cif = cif(d.cif());
        boolean agreed = ValueFields.required(d.agreed(), "data.agreed");
        return EsbMapper.consent(cif.toString(), opencif.updateConsent().update(
                new UpdateConsentCommand(origin, CustomerRef.number(cif), AgreementType.DATA_PROTECTION, agreed)));
    }

    private Object validEkycCustomer(JsonNode node, Origin origin) {
        EsbDtos.EkycCheckData d = data(node, EsbDtos.EkycCheckData.class);
        int given = (isBlank(d.cif()) ? 0 : 1) + (isBlank(d.legalId()) ? 0 : 1) + (isBlank(d.phoneNumber()) ? 0 : 1);
        if (given != 1) {
            throw ValidationException.of("data", "give exactly one of cif, legalId or phoneNumber");
        }
        CustomerRef ref;
        if (!isBlank(d.cif())) {
            ref = CustomerRef.number(cif(d.cif()));
        } else if (!isBlank(d.legalId())) {
            ref = CustomerRef.identifier(nationalId(d.legalId(), d.legalIdType(), d.issuingCountry()));
        } else {
            ref = CustomerRef.identifier(phone(d.phoneNumber()));
        }
        EkycStatus status = opencif.checkEkycStatus().check(new CheckEkycStatusQuery(ref));
        return new EsbDtos.EkycCheckResult(status.customerExists(), status.ekycCompleted(),
                status.level() == null ? null : status.level().name(), EsbMapper.time(status.verifiedAt()));
    }

    private Object validIziMobileUser(JsonNode node, Origin origin) {
        EsbDtos.UsernameData d = data(node, EsbDtos.UsernameData.class);
        BankingUsername username = username(d.username());
        return new EsbDtos.UsernameCheckResult(username.value(), inUse(username));
    }

    private Object validLegalId(JsonNode node, Origin origin) {
        EsbDtos.LegalIdData d = data(node, EsbDtos.LegalIdData.class);
        NationalId id = nationalId(d.legalId(), d.legalIdType(), d.issuingCountry());
        return new EsbDtos.LegalIdCheckResult(id.value(), EsbMapper.legalIdType(id.kind()), inUse(id));
    }

    private Object validPhoneNumber(JsonNode node, Origin origin) {
        EsbDtos.PhoneData d = data(node, EsbDtos.PhoneData.class);
        PhoneNumber phone = phone(d.phoneNumber());
        return new EsbDtos.PhoneCheckResult(phone.value(), inUse(phone));
    }

    private boolean inUse(Identifier identifier) {
        return opencif.checkIdentifierAvailability().check(new CheckIdentifierQuery(identifier, null)).inUse();
    }

    private Object updateUserIbStatus(JsonNode node, Origin origin) {
        EsbDtos.UserStatusData d = data(node, EsbDtos.UserStatusData.class);
        CustomerNumber cif = cif(d.cif());
        BankingUsername username = username(d.username());
        BankingUserAction action = Checks.enumValue(BankingUserAction.class, ValueFields.required(d.action(), "data.action"), "data.action");
        String reason = d.reason() == null || d.reason().isBlank() ? null : Checks.text(d.reason(), "data.reason", 400);
        if (action == BankingUserAction.LOCK && reason == null) {
            throw ValidationException.of("data.reason", "is required to LOCK a banking user");
        }
        BankingUserState user = opencif.updateBankingUserStatus().update(
                new UpdateBankingUserStatusCommand(origin, CustomerRef.number(cif), username, action, reason));
        return EsbMapper.bankingUser(cif.toString(), user);
    }

    private Object getUserInfoEbank(JsonNode node, Origin origin) {
        EsbDtos.UserData d = data(node, EsbDtos.UserData.class);
        CustomerNumber cif = cif(d.cif());
        BankingUsername username = username(d.username());
        return EsbMapper.userInfo(opencif.getBankingUser().get(new GetBankingUserQuery(CustomerRef.number(cif), username)));
    }

    private Object createEkycAccount(JsonNode node, Origin origin) {
        EsbDtos.EkycAccountData d = data(node, EsbDtos.EkycAccountData.class);
        NationalId legalId = nationalId(d.legalId(), d.legalIdType(), d.issuingCountry());
        String first = ValueFields.required(d.firstName(), "data.firstName");
        String last = ValueFields.required(d.lastName(), "data.lastName");
        PersonName name = new PersonName(first, last, d.middleName());
        LocalDate birthDate = date(ValueFields.required(d.birthDate(), "data.birthDate"), "data.birthDate");
        PhoneNumber phone = phone(d.phoneNumber());
        BankingUsername username = username(d.username());
        Asset asset = asset(d.currency());
        Instant now = config.clock().instant();
        Instant verifiedAt = d.ekycVerifiedAt() == null ? now : instant(d.ekycVerifiedAt(), "data.ekycVerifiedAt");
        Checks.that(!verifiedAt.isAfter(now), "data.ekycVerifiedAt", "must not be in the future");
        List<Identifier> identifiers = new ArrayList<>(List.of(legalId, phone));
        if (!isBlank(d.email())) {
            identifiers.add(ValueFields.parse("data.email", () -> new EmailAddress(d.email())));
        }
        List<Address> addresses = d.address() == null ? List.of() : List.of(address(d.address()));
        KycProfile kyc = KycProfile.none().verifiedAs(KycLevel.EKYC, KycMethod.EKYC, verifiedAt);
        CustomerRegistration registration = new CustomerRegistration(CustomerType.INDIVIDUAL, name, birthDate,
                CustomerStatus.ACTIVE, null, null, null, false, kyc, identifiers, null, addresses, null);
        EkycComboResult result = opencif.openEkycAccountCombo().open(new OpenEkycComboCommand(origin, registration, asset, username));
        CustomerState customer = result.customer();
        AccountState account = result.account();
        return new EsbDtos.EkycAccountResult(customer.number().toString(), customer.status().name(), customer.kyc().level().name(),
                account.number().value(), account.product().name(), account.asset().code().value(),
                result.bankingUser().username().value(), result.bankingUser().status().name());
    }

    private static Address address(EsbDtos.AddressData a) {
        AddressType type = a.addressType() == null ? AddressType.REGISTERED
                : Checks.enumValue(AddressType.class, a.addressType(), "data.address.addressType");
        CountryCode country = a.country() == null ? CountryCode.VN : ValueFields.parse("data.address.country", () -> CountryCode.of(a.country()));
        String city = ValueFields.required(a.city(), "data.address.city");
        try {
            return new Address(AddressId.random(), type, country, city, a.district(), a.town(), a.street(), null, null, null,
                    null, null, a.detail(), null);
        } catch (ValidationException e) {
            throw ValueFields.translated(e, Map.of("address.city", "data.address.city", "address.district", "data.address.district",
                    "address.town", "data.address.town", "address.streetName", "data.address.street",
                    "address.detail", "data.address.detail"));
        }
    }

    // ---- field parsing -------------------------------------------------------------------------------

    private static CustomerNumber cif(String value) {
        String raw = ValueFields.required(value, "data.cif");
        return ValueFields.parse("data.cif", () -> CustomerNumber.parse(raw));
    }

    private static AccountNumber accountNo(String value) {
        String raw = ValueFields.required(value, "data.accountNo");
        return ValueFields.parse("data.accountNo", () -> new AccountNumber(raw));
    }

    private static BankingUsername username(String value) {
        String raw = ValueFields.required(value, "data.username");
        return ValueFields.parse("data.username", () -> new BankingUsername(raw));
    }

    private PhoneNumber phone(String value) {
        String raw = ValueFields.required(value, "data.phoneNumber");
        return ValueFields.parse("data.phoneNumber", () -> PhoneNumber.parse(raw, config.phoneRegion()));
    }

    /** A legal id: CCCD (12 digits) or CMND (9 digits) when no type is given, else CCCD, CMND, TCKN or PASSPORT. */
    private static NationalId nationalId(String value, String type, String issuingCountry) {
        String raw = ValueFields.required(value, "data.legalId");
        if (type == null || type.isBlank()) {
            return ValueFields.parse("data.legalId", () -> NationalId.vietnamese(raw));
        }
        String kind = oneOf(type, "data.legalIdType", "CCCD", "CMND", "TCKN", "PASSPORT");
        switch (kind) {
            case "CCCD":
                return ValueFields.parse("data.legalId", () -> new NationalId(NationalIdKind.VN_CCCD, CountryCode.VN, raw));
            case "CMND":
                return ValueFields.parse("data.legalId", () -> new NationalId(NationalIdKind.VN_CMND, CountryCode.VN, raw));
            case "TCKN":
                return ValueFields.parse("data.legalId", () -> NationalId.turkish(raw));
            default:
                String issuer = ValueFields.required(issuingCountry, "data.issuingCountry");
                CountryCode country = ValueFields.parse("data.issuingCountry", () -> CountryCode.of(issuer));
                return ValueFields.parse("data.legalId", () -> NationalId.passport(country, raw));
        }
    }

    private Asset asset(String currency) {
        if (currency == null || currency.isBlank()) {
            return config.defaultAsset();
        }
        return config.accountAssets().stream()
                .filter(a -> a.code().value().equalsIgnoreCase(currency.strip()))
                .findFirst()
                .orElseThrow(() -> ValidationException.of("data.currency", "must be one of "
                        + config.accountAssets().stream().map(a -> a.code().value()).toList()));
    }

    private static String oneOf(String value, String field, String... allowed) {
        String normalised = value.strip().toUpperCase(java.util.Locale.ROOT);
        for (String candidate : allowed) {
            if (candidate.equals(normalised)) {
                return candidate;
            }
        }
        throw ValidationException.of(field, "must be one of " + String.join(", ", allowed));
    }

    private static Instant instant(String value, String field) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be an ISO-8601 time with offset, such as 2026-01-15T16:00:00+07:00");
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be a date such as 1995-08-21");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
