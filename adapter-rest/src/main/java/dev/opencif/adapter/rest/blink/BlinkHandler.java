package dev.opencif.adapter.rest.blink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.opencif.adapter.rest.blink.BlinkDto.AddressRequest;
import dev.opencif.adapter.rest.blink.BlinkDto.AddressesResponse;
import dev.opencif.adapter.rest.blink.BlinkDto.ContactDetailRequest;
import dev.opencif.adapter.rest.blink.BlinkDto.ContactDetailsResponse;
import dev.opencif.adapter.rest.blink.BlinkDto.Created;
import dev.opencif.adapter.rest.blink.BlinkDto.CustomersResponse;
import dev.opencif.adapter.rest.blink.BlinkDto.HealthDto;
import dev.opencif.adapter.rest.blink.BlinkDto.PersonsResponse;
import dev.opencif.adapter.rest.http.RestErrors;
import dev.opencif.application.port.in.customer.AddAddressCommand;
import dev.opencif.application.port.in.customer.AddContactDetailCommand;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.port.in.customer.GetKycRecordQuery;
import dev.opencif.application.port.in.customer.GetPersonQuery;
import dev.opencif.application.port.in.customer.KycRecord;
import dev.opencif.application.port.in.customer.ListAddressesQuery;
import dev.opencif.application.port.in.customer.ListContactDetailsQuery;
import dev.opencif.application.port.in.customer.ListPersonsQuery;
import dev.opencif.application.port.in.customer.SearchCustomersQuery;
import dev.opencif.application.port.in.customer.UpdateAddressCommand;
import dev.opencif.application.port.in.system.AuthenticateClientCommand;
import dev.opencif.application.port.in.system.AuthenticatedClient;
import dev.opencif.application.port.in.system.HealthQuery;
import dev.opencif.application.port.in.system.HealthStatus;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.PersonRecord;
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
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.error.UnauthenticatedException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Channel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bLink Customer Management dialect: service users read the master data of the customers who granted
 * them an OPEN_FINANCE consent (everyone else is 404) and add or change addresses and contact details.
 * Bearer token {@code <serviceUser>.<secret>}, checked by {@code AuthenticateClientUseCase} in the configured
 * realm. Framework-neutral; thread-safe.
 */
public final class BlinkHandler implements DialectHandler {
    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/customers", "blink.list-customers", false),
            new Route("GET", "/customers/{customerId}", "blink.get-customer", false),
            new Route("GET", "/customers/{customerId}/kyc", "blink.get-kyc", false),
            new Route("GET", "/persons", "blink.list-persons", false),
            new Route("GET", "/persons/{personId}", "blink.get-person", false),
            new Route("GET", "/persons/{personId}/contactdetails", "blink.list-contact-details", false),
            new Route("POST", "/persons/{personId}/contactdetails", "blink.add-contact-detail", true),
            new Route("POST", "/customers/{customerId}/addresses", "blink.add-address", true),
            new Route("GET", "/customers/{customerId}/addresses", "blink.list-addresses", false),
            new Route("PUT", "/customers/{customerId}/addresses", "blink.update-address", true),
            new Route("POST", "/customer/{customerId}/addresses", "blink.add-address", true),
            new Route("GET", "/customer/{customerId}/addresses", "blink.list-addresses", false),
            new Route("PUT", "/customer/{customerId}/addresses", "blink.update-address", true),
            new Route("GET", "/healthcheck", "blink.healthcheck", false));
    private static final Set<String> PAGING = Set.of("offset", "limit");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final FailureLog FAILURES = new FailureLog(BlinkHandler.class);

    private final BlinkUseCases useCases;
    private final IdempotentWrites writes;
    private final BlinkConfig config;
    private final BlinkMapper mapper;
    private final ObjectMapper json;

    public BlinkHandler(BlinkUseCases useCases, BlinkConfig config) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.writes = new IdempotentWrites(useCases.executeIdempotently(), "blink");
        this.config = Objects.requireNonNull(config, "config");
        this.mapper = new BlinkMapper(config.basePath());
        this.json = JsonBodies.strictMapper(PropertyNamingStrategies.LOWER_CAMEL_CASE);
        this.json.setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }

    /** Every served route as {@code "METHOD /template"}, relative to the base path (the OpenAPI document's server URL). */
    public static List<String> routes() {
        return ROUTES.stream().map(r -> r.method() + " " + r.template()).toList();
    }

    /** Answers one request; never throws, never shows a stack trace. */
    @Override
    public String name() {
        return "blink";
    }

    /** Everything below the configured base path ({@code /blink/v1} by default). */
    @Override
    public boolean serves(String path) {
        String base = config.basePath();
        return path.equals(base) || path.startsWith(base + "/");
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
            String path = request.path();
            String base = config.basePath();
            if (!path.startsWith(base) || path.length() > base.length() && path.charAt(base.length()) != '/') {
                throw new HttpFailure(404, "NOT_FOUND", "no such resource; the routes are under " + base);
            }
            Match match = Routes.route(ROUTES, request.method(), path.substring(base.length()));
            operation = match.route().operation();
            JsonBodies.requireBodyAtMost(request, config.maxBodyBytes());
            String serviceUser = authenticate(request);
            Origin origin = new Origin(Channel.BLINK, request.header("X-Request-Id").orElse(null), serviceUser);
            Viewer viewer = Viewer.serviceUser(serviceUser);
            if (match.route().write()) {
                return writes.run(IdempotentWrites.Request.http(request, serviceUser, operation), IdempotentWrites::successful,
                        () -> dispatch(match, request, origin, viewer));
            }
            return dispatch(match, request, origin, viewer);
        } catch (HttpFailure e) {
            return RestErrors.error(json, e.status(), e.code(), e.getMessage(), null, List.of(), e.headers(), operation);
        } catch (UnauthenticatedException e) {
            return RestErrors.error(json, e, Map.of("WWW-Authenticate", "Bearer realm=\"" + config.realm() + "\""), operation);
        } catch (OpenCifException e) {
            return RestErrors.error(json, e, Map.of(), operation);
        } catch (RuntimeException e) {
            FAILURES.unexpected(operation, request.header("X-Request-Id").orElse(null), e);
            return RestErrors.error(json, 500, "INTERNAL_ERROR", "the request could not be processed", null, List.of(),
                    Map.of(), operation);
        }
    }

    /** {@code Authorization: Bearer <serviceUser>.<secret>}; the service user is the client's scope, else its id. */
    private String authenticate(DialectRequest request) {
        String header = request.header("Authorization").orElseThrow(() -> new UnauthenticatedException("a bearer token is required"));
        String[] parts = WHITESPACE.split(header.strip(), 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw new UnauthenticatedException("a bearer token is required");
        }
        int dot = parts[1].indexOf('.');
        if (dot <= 0 || dot == parts[1].length() - 1) {
            throw new UnauthenticatedException("the token must be <serviceUser>.<secret>");
        }
        AuthenticatedClient client = useCases.authenticateClient().authenticate(new AuthenticateClientCommand(config.realm(),
                parts[1].substring(0, dot), parts[1].substring(dot + 1)));
        return client.scope() == null || client.scope().isBlank() ? client.clientId() : client.scope();
    }

    private DialectResponse dispatch(Match match, DialectRequest request, Origin origin, Viewer viewer) {
        String op = match.route().operation();
        switch (op) {
            case "blink.list-customers":
                return ok(listCustomers(request, viewer), op);
            case "blink.get-customer":
                return ok(mapper.customer(useCases.getCustomer().get(new GetCustomerQuery(customer(match), viewer))), op);
            case "blink.get-kyc":
                return ok(kyc(customer(match), request, viewer), op);
            case "blink.list-persons":
                return ok(listPersons(request, viewer), op);
            case "blink.get-person":
                return ok(person(useCases.getPerson().get(new GetPersonQuery(person(match), viewer))), op);
            case "blink.list-contact-details":
                noQuery(request);
                List<ContactDetail> contacts = useCases.listContactDetails().list(new ListContactDetailsQuery(person(match), viewer));
                return ok(new ContactDetailsResponse(contacts.stream().map(BlinkMapper::contact).toList(), contacts.size()), op);
            case "blink.add-contact-detail":
                return addContactDetail(match, request, origin, viewer, op);
            case "blink.add-address":
                return addAddress(match, request, origin, viewer, op);
            case "blink.list-addresses":
                return addresses(match, request, viewer, op);
            case "blink.update-address":
                return updateAddress(match, request, origin, viewer, op);
            case "blink.healthcheck":
                return health(op);
            default:
                throw new IllegalStateException("unrouted operation " + op);
        }
    }

    /**
     * The seed's "address record for a specific address id": {@code ?addressId=} answers that one address (404 when it
     * is not the customer's); without it, every address of the customer.
     */
    private DialectResponse addresses(Match match, DialectRequest request, Viewer viewer, String op) {
        Map<String, List<String>> q = QueryParameters.query(request.rawQuery());
        QueryParameters.onlyParameters(q, Set.of("addressId"));
        Optional<AddressId> wanted = FieldErrors.field("addressId",
                () -> QueryParameters.single(q, "addressId").map(AddressId::parse));
        List<Address> addresses = useCases.listAddresses().list(new ListAddressesQuery(customer(match), viewer));
        if (wanted.isPresent()) {
            Address address = addresses.stream().filter(a -> a.id().equals(wanted.get())).findFirst()
                    .orElseThrow(() -> new NotFoundException("Address", wanted.get().toString()));
            return ok(BlinkMapper.address(address), "blink.get-address");
        }
        return ok(new AddressesResponse(addresses.stream().map(BlinkMapper::address).toList(), addresses.size()), op);
    }

    private DialectResponse ok(Object body, String operation) {
        return DialectResponse.json(200, RestErrors.write(json, body), operation);
    }

    private static CustomerRef customer(Match match) {
        return CustomerRef.id(FieldErrors.field("customerId", () -> CustomerId.parse(match.param("customerId"))));
    }

    private static CustomerRef person(Match match) {
        return CustomerRef.id(FieldErrors.field("personId", () -> CustomerId.parse(match.param("personId"))));
    }

    private static void noQuery(DialectRequest request) {
        QueryParameters.onlyParameters(QueryParameters.query(request.rawQuery()), Set.of());
    }

    private PageRequest page(DialectRequest request) {
        Map<String, List<String>> q = QueryParameters.query(request.rawQuery());
        QueryParameters.onlyParameters(q, PAGING);
        FieldErrors fields = new FieldErrors();
        Integer offset = fields.get("offset", () -> QueryParameters.intParam(q, "offset", 0, 0, Integer.MAX_VALUE));
        Integer limit = fields.get("limit", () -> QueryParameters.intParam(q, "limit", config.defaultLimit(), 1, config.maxLimit()));
        fields.throwIfAny();
        return new PageRequest(offset, limit);
    }

    private Object listCustomers(DialectRequest request, Viewer viewer) {
        PageRequest page = page(request);
        Page<CustomerState> result = useCases.searchCustomers().search(new SearchCustomersQuery(viewer, CustomerFilter.ALL,
                CustomerOrdering.CIF_ASC, page));
        return new CustomersResponse(result.items().stream().map(mapper::customer).toList(), result.total(), page.offset(), page.limit());
    }

    private Object kyc(CustomerRef ref, DialectRequest request, Viewer viewer) {
        noQuery(request);
        KycRecord record = useCases.getKycRecord().get(new GetKycRecordQuery(ref, viewer));
        CustomerState customer = useCases.getCustomer().get(new GetCustomerQuery(ref, viewer));
        return mapper.kyc(record, customer);
    }

    private Object listPersons(DialectRequest request, Viewer viewer) {
        PageRequest page = page(request);
        Page<PersonRecord> result = useCases.listPersons().list(new ListPersonsQuery(viewer, page));
        return new PersonsResponse(result.items().stream().map(this::person).toList(), result.total(), page.offset(), page.limit());
    }

    /** The person with its contact details, which come with the record: no read per person. */
    private BlinkDto.PersonDto person(PersonRecord record) {
        return mapper.person(record, record.contactDetails());
    }

    private DialectResponse addContactDetail(Match match, DialectRequest request, Origin origin, Viewer viewer, String op) {
        CustomerRef person = person(match);
        ContactDetailRequest body = JsonBodies.readBody(json, request, ContactDetailRequest.class);
        ContactDetail detail = BlinkMapper.contactDetail(body);
        ContactDetail added = useCases.addContactDetail().add(new AddContactDetailCommand(origin, person, viewer, detail));
        String location = config.basePath() + "/persons/" + ((CustomerRef.ById) person).id() + "/contactdetails";
        return created(new Created(added.id().toString(), null), location, op);
    }

    private DialectResponse addAddress(Match match, DialectRequest request, Origin origin, Viewer viewer, String op) {
        CustomerRef customer = customer(match);
        AddressRequest body = JsonBodies.readBody(json, request, AddressRequest.class);
        if (body.addressId() != null) {
            throw ValidationException.of("addressId", "must not be given: the new address gets its id here");
        }
        Address added = useCases.addAddress().add(new AddAddressCommand(origin, customer, viewer,
                BlinkMapper.address(AddressId.random(), body)));
        String location = config.basePath() + "/customers/" + ((CustomerRef.ById) customer).id() + "/addresses";
        return created(new Created(null, added.id().toString()), location, op);
    }

    private DialectResponse updateAddress(Match match, DialectRequest request, Origin origin, Viewer viewer, String op) {
        CustomerRef customer = customer(match);
        AddressRequest body = JsonBodies.readBody(json, request, AddressRequest.class);
        if (body.addressId() == null) {
            throw ValidationException.of("addressId", "is required");
        }
        AddressId id = FieldErrors.field("addressId", () -> AddressId.parse(body.addressId()));
        Address updated = useCases.updateAddress().update(new UpdateAddressCommand(origin, customer, viewer,
                BlinkMapper.address(id, body)));
        return ok(BlinkMapper.address(updated), op);
    }

    private DialectResponse created(Object body, String location, String op) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Location", location);
        return new DialectResponse(201, headers, RestErrors.write(json, body), op);
    }

    private DialectResponse health(String op) {
        HealthStatus status = useCases.checkHealth().check(new HealthQuery("customer-management"));
        HealthDto body = new HealthDto(status.timestamp().toString(), status.receipt(), true,
                status.storageReachable() ? "UP" : "DEGRADED");
        return DialectResponse.json(status.storageReachable() ? 200 : 503, RestErrors.write(json, body), op);
    }
}
