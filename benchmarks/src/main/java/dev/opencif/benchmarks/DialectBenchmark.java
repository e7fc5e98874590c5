package dev.opencif.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.adapter.esb.accountservice.AccountServiceHandler;
import dev.opencif.adapter.esb.accountservice.AccountServiceUseCases;
import dev.opencif.adapter.esb.interapi.InterApiConfig;
import dev.opencif.adapter.esb.interapi.InterApiHandler;
import dev.opencif.adapter.esb.interapi.InterApiUseCases;
import dev.opencif.adapter.rest.blink.BlinkConfig;
import dev.opencif.adapter.rest.blink.BlinkHandler;
import dev.opencif.adapter.rest.blink.BlinkUseCases;
import dev.opencif.adapter.rest.callaction.CallActionConfig;
import dev.opencif.adapter.rest.callaction.CallActionHandler;
import dev.opencif.adapter.rest.callaction.CallActionUseCases;
import dev.opencif.adapter.rest.counterparty.CounterpartyConfig;
import dev.opencif.adapter.rest.counterparty.CounterpartyHandler;
import dev.opencif.adapter.rest.counterparty.CounterpartyUseCases;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.agreement.SaveAgreementCommand;
import dev.opencif.application.port.out.CitizenRecord;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.Channel;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import dev.opencif.testkit.memory.InMemoryAdapters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (5) Dialect mapping, per dialect: request bytes → handler (authentication, parsing, validation, use case on the
 * in-memory adapters, mapping) → response bytes ({@code handler}), against a baseline that only parses the same
 * request JSON and writes the same response JSON with Jackson ({@code jacksonOnly}). One read operation per dialect:
 * ESB {@code get-customer-by-id}, inter-API {@code CreateDigitalCustomer} lookup, counterparty {@code GET …/accounts},
 * bLink {@code GET /customers/{id}}, callAction {@code FTOS_ACC_AccountHeader}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DialectBenchmark {
    static final String SECRET = "benchmark-secret-of-at-least-thirty-two-bytes";
    static final String ISSUER = "https://idp.bench.example";
    static final String AUDIENCE = "opencif";
    static final String UAH_ISSUER = "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN2E";
    static final ObjectMapper JSON = new ObjectMapper();

    @Param({"esb", "interapi", "counterparty", "blink", "callaction"})
    public String dialect;

    /** The request for call {@code n} (inter-API needs a fresh ChannelRequestId per call, or it replays). */
    Function<Long, byte[]> requestBody;
    Function<byte[], byte[]> handler;
    JsonNode sampleResponse;
    long calls;

    @Setup
    public void open() throws IOException {
        Clock clock = Clock.systemUTC();
        InMemoryAdapters adapters = InMemoryAdapters.create(clock);
        OpenCif opencif = OpenCif.builder().ports(adapters.ports()).build();
        Customer customer = CustomerBuilder.aCustomer().withEmail("ayse@mail.example").savedIn(adapters.ports());
        switch (dialect) {
            case "esb": {
                adapters.credentials().addClient(EsbConfig.REALM, "core-banking", "esb-s3cret", Set.of("accountService"), null);
                AccountServiceHandler esb = new AccountServiceHandler(AccountServiceUseCases.from(opencif), EsbConfig.defaults(clock));
                byte[] body = ("{\"header\":{\"requestId\":\"req-1\",\"channel\":\"MB\",\"clientId\":\"core-banking\","
                        + "\"clientSecret\":\"esb-s3cret\",\"requestTime\":\"2026-01-15T16:00:00+07:00\"},\"data\":{\"cif\":\""
                        + customer.number().value() + "\"}}").getBytes(StandardCharsets.UTF_8);
                requestBody = n -> body;
                handler = b -> esb.handle(new DialectRequest("POST", "/accountService/v1/get-customer-by-id", "",
                        Map.of("Content-Type", List.of("application/json")), b)).body();
                break;
            }
            case "interapi": {
                String appKey = "ak-7f3c9e21d4b84a5f";
                adapters.credentials().addClient(InterApiConfig.REALM, appKey, appKey, Set.of("digitalCustomer"), null);
                String tckn = UniqueValues.tckn();
                adapters.identityRegistry().register(new CitizenRecord(NationalId.turkish(tckn), new PersonName("Elif", "Demir", null),
                        LocalDate.of(1991, 4, 23), null));
                InterApiHandler interApi = new InterApiHandler(InterApiUseCases.from(opencif), InterApiConfig.defaults());
                String template = """
                        {"Header": {"AppKey": "%s", "Channel": "API", "ChannelSessionId": "9d0c4e7a1b2f4c3d8e5f6a7b8c9d0e1f", "ChannelRequestId": "%%s"},
                         "Parameters": [{"IsGetProcess": %%s, "DigitalCustomer": {"PhoneNumber": "5599999933", "CitizenshipNumber": %s,
                           "IsFatca": false, "IsUSCustomer": false, "Email": "elif.demir@example.com.tr", "NotificationOnUpdate": true,
                           "IsKVKKApproved": true}}]}
                        """.formatted(appKey, tckn);
                handler = b -> interApi.handle(new DialectRequest("POST", "/interapi/v1/CreateDigitalCustomer", "",
                        Map.of("Content-Type", List.of("application/json")), b)).body();
                byte[] created = handler.apply(template.formatted("setup-1", "false").getBytes(StandardCharsets.UTF_8));
                if (JSON.readTree(created).path("Data").path("ProcessId").isMissingNode()) {
                    throw new IllegalStateException("inter-API setup failed: " + new String(created, StandardCharsets.UTF_8));
                }
                requestBody = n -> template.formatted("bench-" + n, "true").getBytes(StandardCharsets.UTF_8);
                break;
            }
            case "counterparty": {
                CounterpartyConfig config = CounterpartyConfig.of(SECRET, null, ISSUER, AUDIENCE,
                        List.of(new CounterpartyConfig.AssetSpec("UAH", UAH_ISSUER, "Ukraine Hryvnia", 2, "eUAH"))).withClock(clock);
                CounterpartyHandler counterparty = new CounterpartyHandler(CounterpartyUseCases.from(opencif), config);
                UUID cp = UUID.randomUUID();
                Customer wallet = CustomerBuilder.aWalletCustomer(new CounterpartyId(cp)).savedIn(adapters.ports());
                String token = token(cp.toString(), clock);
                String path = "/api/v1/counterparty/" + cp + "/customers/" + wallet.id() + "/accounts";
                onboardWallet(opencif, wallet);
                requestBody = n -> null;
                handler = b -> counterparty.handle(new DialectRequest("GET", path, "",
                        Map.of("Authorization", List.of("Bearer " + token)), null)).body();
                break;
            }
            case "blink": {
                adapters.credentials().addClient(BlinkConfig.DEFAULT_REALM, "fintech-app", "s3cret-token", Set.of(), null);
                opencif.saveAgreement().save(new SaveAgreementCommand(Origin.of(Channel.BLINK), CustomerRef.id(customer.id()), null,
                        AgreementType.OPEN_FINANCE, new AgreementTerms(LocalDate.now(ZoneOffset.UTC), null, "bank-app", null, null,
                                "fintech-app")));
                BlinkHandler blink = new BlinkHandler(BlinkUseCases.from(opencif), BlinkConfig.defaults());
                String path = "/blink/v1/customers/" + customer.id();
                requestBody = n -> null;
                handler = b -> blink.handle(new DialectRequest("GET", path, "",
                        Map.of("Authorization", List.of("Bearer fintech-app.s3cret-token")), null)).body();
                break;
            }
            case "callaction": {
                adapters.credentials().addClient(CallActionHandler.REALM, "crm-portal", "s3cr3t-t0ken", Set.of("crm"), null);
                CallActionHandler callAction = new CallActionHandler(CallActionUseCases.from(opencif), CallActionConfig.defaults());
                byte[] body = ("{\"Request\":{\"ActionName\":\"FTOS_ACC_AccountHeader\",\"Data\":{\"customerInternalId\":\""
                        + customer.id() + "\"}},\"ApiInfo\":{\"UserName\":\"crm-portal\",\"Token\":\"s3cr3t-t0ken\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                requestBody = n -> body;
                handler = b -> callAction.handle(DialectRequest.json("POST", CallActionHandler.PATH,
                        new String(b, StandardCharsets.UTF_8))).body();
                break;
            }
            default:
                throw new IllegalArgumentException("unknown dialect " + dialect);
        }
        byte[] response = handler.apply(requestBody.apply(0L));
        sampleResponse = JSON.readTree(response);
        String text = new String(response, StandardCharsets.UTF_8);
        if (text.contains("\"error\"") || text.contains("\"IsSuccess\":false") || text.contains("\"resultCode\":\"0") && !text.contains("\"resultCode\":\"00\"")
                || text.contains("\"Error\":{")) {
            throw new IllegalStateException(dialect + " did not answer successfully: " + text);
        }
    }

    private static void onboardWallet(OpenCif opencif, Customer wallet) {
        opencif.openAccount().open(new dev.opencif.application.port.in.account.OpenAccountCommand(Origin.of(Channel.COUNTERPARTY),
                CustomerRef.id(wallet.id()), dev.opencif.application.shared.Viewer.counterparty(wallet.state().counterparty()), ProductType.EMONEY_WALLET,
                new Asset(AssetCode.of("UAH"), UAH_ISSUER, 2, "Ukraine Hryvnia", "eUAH"), null));
    }

    static String token(String counterparty, Clock clock) {
        return tokenFor(counterparty, SECRET, ISSUER, AUDIENCE);
    }

    /** An HS256 token for {@code counterparty} with both roles, valid for twelve hours. */
    public static String tokenFor(String counterparty, String secret, String issuer, String audience) {
        Clock clock = Clock.systemUTC();
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("bench").issuer(issuer).audience(audience)
                    .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plus(Duration.ofHours(12))))
                    .claim("counterparty_guid", counterparty).claim("roles", List.of("customers:read", "customers:write")).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first response, parsed: what the baseline writes. */
    public JsonNode sampleResponse() {
        return sampleResponse;
    }

    @Benchmark
    public byte[] handler() {
        return handler.apply(requestBody.apply(++calls));
    }

    @Benchmark
    public byte[] jacksonOnly() throws IOException {
        byte[] body = requestBody.apply(++calls);
        if (body != null) {
            JSON.readTree(body);
        }
        return JSON.writeValueAsBytes(sampleResponse);
    }
}
