package dev.opencif.adapter.rest.counterparty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.AccountsResponse;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.CreateAccountRequest;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.CreateAccountResponse;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.CreateCustomerRequest;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.CustomersResponse;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.UpdateCustomerRequest;
import dev.opencif.adapter.rest.counterparty.JwtAuthenticator.Principal;
import dev.opencif.adapter.rest.http.RestErrors;
import dev.opencif.application.port.in.account.ListAccountsQuery;
import dev.opencif.application.port.in.account.OpenAccountCommand;
import dev.opencif.application.port.in.customer.FirstAccount;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.port.in.customer.OnboardCustomerCommand;
import dev.opencif.application.port.in.customer.OnboardingResult;
import dev.opencif.application.port.in.customer.SearchCustomersQuery;
import dev.opencif.application.port.in.customer.UpdateCustomerCommand;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.Viewer;
import dev.opencif.application.support.FailureLog;
import dev.opencif.dialect.DialectHandler;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.dialect.ServerFailure;
import dev.opencif.dialect.idempotency.IdempotentWrites;
import dev.opencif.dialect.http.FieldErrors;
import dev.opencif.dialect.http.HttpFailure;
import dev.opencif.dialect.http.QueryParameters;
import dev.opencif.dialect.http.Route;
import dev.opencif.dialect.http.Routes.Match;
import dev.opencif.dialect.http.Routes;
import dev.opencif.dialect.json.JsonBodies;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.error.UnauthenticatedException;
import dev.opencif.domain.shared.Channel;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The counterparty REST dialect (e-money platform, "Integration Guide for Banks"): the five customer routes
 * under {@code /api/v1/counterparty/{counterparty_guid}/customers}, authenticated by a bearer JWT whose
 * counterparty claim must be the path's and whose roles gate reads and writes. Framework-neutral: the server
 * binds {@link #handle} to HTTP. Thread-safe.
 */
public final class CounterpartyHandler implements DialectHandler {
    static final String SERVED = "/api/v1/counterparty";
    static final String BASE = SERVED + "/{counterparty_guid}/customers";
    private static final List<Route> ROUTES = List.of(
            new Route("POST", BASE, "counterparty.create-customer", true),
            new Route("GET", BASE, "counterparty.list-customers", false),
            new Route("PUT", BASE + "/{customer_guid}", "counterparty.update-customer", true),
            new Route("POST", BASE + "/{customer_guid}/accounts", "counterparty.create-account", true),
            new Route("GET", BASE + "/{customer_guid}/accounts", "counterparty.list-accounts", false));
    private static final String REALM = "Bearer realm=\"opencif-counterparty\"";
    private static final FailureLog FAILURES = new FailureLog(CounterpartyHandler.class);

    private final CounterpartyUseCases useCases;
    private final IdempotentWrites writes;
    private final CounterpartyConfig config;
    private final JwtAuthenticator authenticator;
    private final CounterpartyMapper mapper;
    private final ObjectMapper json = JsonBodies.strictMapper(PropertyNamingStrategies.SNAKE_CASE);

    public CounterpartyHandler(CounterpartyUseCases useCases, CounterpartyConfig config) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.writes = new IdempotentWrites(useCases.executeIdempotently(), "counterparty");
        this.config = Objects.requireNonNull(config, "config");
        this.authenticator = new JwtAuthenticator(config);
        this.mapper = new CounterpartyMapper(config);
    }

    /** Every served route as {@code "METHOD /path/{template}"}, for the OpenAPI check and the server's route log. */
    public static List<String> routes() {
        return ROUTES.stream().map(r -> r.method() + " " + r.template()).toList();
    }

    /** Answers one request; never throws, never shows a stack trace. */
    @Override
    public String name() {
        return "counterparty";
    }

    /** Everything below {@code /api/v1/counterparty}. */
    @Override
    public boolean serves(String path) {
        return path.equals(SERVED) || path.startsWith(SERVED + "/");
    }

    /** A failure the HTTP server decided, as the REST error body. */
    @Override
    public DialectResponse failure(ServerFailure failure) {
        return RestErrors.error(json, failure.status(), failure.code(), failure.message(), null, List.of(), failure.headers(), "-");
    }

    @Override
    public DialectResponse handle(DialectRequest request) {
        String operation = "-";
        try {
            Match match = Routes.route(ROUTES, request.method(), request.path());
            operation = match.route().operation();
            JsonBodies.requireBodyAtMost(request, config.maxBodyBytes());
            Principal principal = authenticator.authenticate(request.header("Authorization"));
            CounterpartyId counterparty = FieldErrors.field("counterparty_guid", () -> CounterpartyId.parse(match.param("counterparty_guid")));
            authenticator.authorize(principal, counterparty, match.route().write());
            Origin origin = new Origin(Channel.COUNTERPARTY, request.header("X-Request-Id").orElse(null),
                    principal.subject() == null ? counterparty.toString() : principal.subject());
            Viewer viewer = Viewer.counterparty(counterparty);
            String op = operation;
            java.util.function.Supplier<DialectResponse> answer = () -> DialectResponse.json(200,
                    RestErrors.write(json, dispatch(match, request, counterparty, origin, viewer)), op);
            if (!match.route().write()) {
                return answer.get();
            }
            // a key is the client's: the counterparty and the token's subject together
            String client = counterparty + "/" + (principal.subject() == null ? "-" : principal.subject());
            return writes.run(IdempotentWrites.Request.http(request, client, operation), IdempotentWrites::successful, answer);
        } catch (HttpFailure e) {
            return RestErrors.error(json, e.status(), e.code(), e.getMessage(), null, List.of(), e.headers(), operation);
        } catch (UnauthenticatedException e) {
            String challenge = e.getMessage().equals("a bearer token is required") ? REALM
                    : REALM + ", error=\"invalid_token\", error_description=\"" + e.getMessage() + "\"";
            return RestErrors.error(json, e, Map.of("WWW-Authenticate", challenge), operation);
        } catch (OpenCifException e) {
            return RestErrors.error(json, e, Map.of(), operation);
        } catch (RuntimeException e) {
            FAILURES.unexpected(operation, request.header("X-Request-Id").orElse(null), e);
            return RestErrors.error(json, 500, "INTERNAL_ERROR", "the request could not be processed", null, List.of(),
                    Map.of(), operation);
        }
    }

    private Object dispatch(Match match, DialectRequest request, CounterpartyId counterparty, Origin origin, Viewer viewer) {
        switch (match.route().operation()) {
            case "counterparty.create-customer":
                return createCustomer(JsonBodies.readBody(json, request, CreateCustomerRequest.class), counterparty, origin);
            case "counterparty.list-customers":
                return listCustomers(request, viewer);
            case "counterparty.update-customer":
                return updateCustomer(customerRef(match), JsonBodies.readBody(json, request, UpdateCustomerRequest.class), origin, viewer);
            case "counterparty.create-account":
                return createAccount(customerRef(match), JsonBodies.readBody(json, request, CreateAccountRequest.class), origin, viewer);
            case "counterparty.list-accounts":
                return listAccounts(customerRef(match), request, viewer);
            default:
                throw new IllegalStateException("unrouted operation " + match.route().operation());
        }
    }

    private static CustomerRef customerRef(Match match) {
        return CustomerRef.id(FieldErrors.field("customer_guid", () -> CustomerId.parse(match.param("customer_guid"))));
    }

    private Object createCustomer(CreateCustomerRequest r, CounterpartyId counterparty, Origin origin) {
        FieldErrors fields = new FieldErrors();
        Asset asset = mapper.walletAsset(fields, r.assetCode(), r.assetIssuer());
        Iban iban = r.iban() == null || r.iban().isBlank() ? null : fields.get("iban", () -> CounterpartyMapper.iban(r.iban()));
        CustomerRegistration registration = mapper.registration(fields, r, counterparty, asset);
        OnboardingResult result = useCases.onboardCustomer().onboard(new OnboardCustomerCommand(origin, registration,
                new FirstAccount(ProductType.EMONEY_WALLET, asset, iban), List.of()));
        AccountState account = result.firstAccount().orElseThrow(() -> new IllegalStateException("no first account"));
        return mapper.created(result.customer(), account);
    }

    private Object createAccount(CustomerRef customer, CreateAccountRequest r, Origin origin, Viewer viewer) {
        FieldErrors fields = new FieldErrors();
        Asset asset;
        if (r.assetCode() == null && r.assetIssuer() == null) {
            asset = config.defaultAsset().toAsset();
        } else {
            asset = mapper.walletAsset(fields, r.assetCode(), r.assetIssuer());
        }
        Iban iban = r.iban() == null || r.iban().isBlank() ? null : fields.get("iban", () -> CounterpartyMapper.iban(r.iban()));
        fields.throwIfAny();
        AccountState account = useCases.openAccount().open(new OpenAccountCommand(origin, customer, viewer,
                ProductType.EMONEY_WALLET, asset, iban));
        return new CreateAccountResponse(account.id().toString());
    }

    private Object listAccounts(CustomerRef customer, DialectRequest request, Viewer viewer) {
        Map<String, List<String>> q = QueryParameters.query(request.rawQuery());
        QueryParameters.onlyParameters(q, java.util.Set.of("iban"));
        Iban iban = QueryParameters.single(q, "iban").filter(v -> !v.isBlank()).map(v -> FieldErrors.field("iban", () -> new Iban(v))).orElse(null);
        CustomerState owner = useCases.getCustomer().get(new GetCustomerQuery(customer, viewer));
        List<AccountState> accounts = useCases.listAccounts().list(new ListAccountsQuery(customer, viewer, iban));
        return new AccountsResponse(accounts.stream().map(a -> mapper.account(a, owner)).toList(), accounts.size());
    }

    private Object updateCustomer(CustomerRef customer, UpdateCustomerRequest r, Origin origin, Viewer viewer) {
        CustomerState current = useCases.getCustomer().get(new GetCustomerQuery(customer, viewer));
        CounterpartyMapper.Update update = mapper.update(r, current);
        useCases.updateCustomer().update(new UpdateCustomerCommand(origin, customer, viewer, current.version(),
                update.changes(), update.status(), update.kycLevel(), null));
        return Map.of();
    }

    private Object listCustomers(DialectRequest request, Viewer viewer) {
        Map<String, List<String>> q = QueryParameters.query(request.rawQuery());
        QueryParameters.onlyParameters(q, CounterpartyMapper.LIST_PARAMETERS);
        FieldErrors fields = new FieldErrors();
        Integer offset = fields.get("offset", () -> QueryParameters.intParam(q, "offset", 0, 0, Integer.MAX_VALUE));
        Integer limit = fields.get("limit", () -> QueryParameters.intParam(q, "limit", config.defaultLimit(), 1, config.maxLimit()));
        var ordering = fields.get("ordering", () -> CounterpartyMapper.ordering(q));
        fields.throwIfAny();
        Page<CustomerState> page = useCases.searchCustomers().search(new SearchCustomersQuery(viewer, mapper.filter(q), ordering,
                new PageRequest(offset, limit)));
        return new CustomersResponse(page.items().stream().map(CounterpartyMapper::customer).toList(), page.total());
    }
}
