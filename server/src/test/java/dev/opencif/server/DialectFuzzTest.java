package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.application.OpenCif;
import dev.opencif.dialect.DialectHandler;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.testkit.memory.InMemoryAdapters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Jazzer fuzz tests, one per dialect handler, on in-memory adapters with the end-to-end credentials. An input is a
 * small HTTP request (request line, header lines, a blank line, the body); {@code Authorization: valid} stands for a
 * freshly minted valid token, {@code ${customerId}} for a customer the bLink client may see. The seed corpus in
 * {@code src/test/resources/…/DialectFuzzTestInputs/<dialect>/} is made from the docs' examples by
 * {@code server/src/test/fuzz/seed-corpus.py}; findings are added there as regression inputs.
 * <p>The property, for every input: no exception escapes, no 5xx, the answer is well-formed in the dialect's format,
 * and a refused request stored nothing (no event, no interaction).
 * <p>{@code mvn verify} runs the corpus (regression mode). Fuzzing for real, per dialect:
 * {@code JAZZER_FUZZ=1 mvn -pl server test -Dtest=DialectFuzzTest#blink} (each runs up to {@code maxDuration}).
 */
class DialectFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Fixture fixture;

    /** One set of handlers for the whole run: the fuzzer keeps state across inputs as a server would. */
    private static final class Fixture {
        final InMemoryAdapters adapters = InMemoryAdapters.create(Clock.systemUTC());
        final Map<Dialect, DialectHandler> handlers;
        final String customerId;

        Fixture() throws IOException {
            Path dir = Files.createTempDirectory("opencif-fuzz");
            ServerConfig config = E2e.config(dir);
            DialectCredentials credentials = DialectCredentials.from(config.settings());
            OpenCif opencif = OpenCif.builder().ports(adapters.ports().toBuilder()
                    .credentials(new ConfiguredClientCredentials(credentials, DialectMounts::realm))
                    .identityRegistry(JsonIdentityRegistry.demo()).build()).build();
            handlers = DialectMounts.mount(opencif, config, credentials);
            customerId = blinkVisibleCustomer();
        }

        private String blinkVisibleCustomer() throws IOException {
            DialectResponse created = handlers.get(Dialect.COUNTERPARTY).handle(new DialectRequest("POST",
                    E2e.counterpartyBase(E2e.CP), "", Map.of("Content-Type", List.of("application/json"), "Authorization",
                    List.of(E2e.counterpartyAuth(E2e.CP)[1])), ("{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + E2e.UAH_ISSUER
                    + "\",\"name\":\"Anna\",\"surname\":\"Muster\",\"login\":\"fuzz.anna\"}").getBytes(StandardCharsets.UTF_8)));
            String guid = JSON.readTree(created.body()).get("customer_guid").asText();
            handlers.get(Dialect.CALLACTION).handle(DialectRequest.json("POST", "/api/openApi/CallAction",
                    E2e.callAction("FTOS_ACC_AddUpdateCustomerAgreement", "{\"customerInternalId\":\"" + guid + "\","
                            + "\"agreementType\":\"OPEN_FINANCE\",\"startDate\":\"2024-01-01\",\"sourceId\":\"fuzz\","
                            + "\"contractNo\":\"OF-1\",\"grantee\":\"" + E2e.BLINK_USER + "\"}")));
            return guid;
        }
    }

    private static synchronized Fixture fixture() throws IOException {
        if (fixture == null) {
            fixture = new Fixture();
        }
        return fixture;
    }

    @FuzzTest(maxDuration = "5m")
    void esb(FuzzedDataProvider data) throws IOException {
        fuzz(Dialect.ESB, data.consumeRemainingAsBytes());
    }

    @FuzzTest(maxDuration = "5m")
    void interapi(FuzzedDataProvider data) throws IOException {
        fuzz(Dialect.INTERAPI, data.consumeRemainingAsBytes());
    }

    @FuzzTest(maxDuration = "5m")
    void counterparty(FuzzedDataProvider data) throws IOException {
        fuzz(Dialect.COUNTERPARTY, data.consumeRemainingAsBytes());
    }

    @FuzzTest(maxDuration = "5m")
    void callaction(FuzzedDataProvider data) throws IOException {
        fuzz(Dialect.CALLACTION, data.consumeRemainingAsBytes());
    }

    @FuzzTest(maxDuration = "5m")
    void blink(FuzzedDataProvider data) throws IOException {
        fuzz(Dialect.BLINK, data.consumeRemainingAsBytes());
    }

    private static void fuzz(Dialect dialect, byte[] input) throws IOException {
        Fixture f = fixture();
        DialectRequest request = parse(dialect, input, f.customerId);
        int events = f.adapters.publishedEvents().size();
        int interactions = f.adapters.interactions().all().size();

        DialectResponse answer = f.handlers.get(dialect).handle(request);

        assertThat(answer.status()).as("status of %s", request).isBetween(200, 499);
        boolean success = wellFormedSuccess(dialect, answer);
        if (!success) {
            assertThat(f.adapters.publishedEvents()).as("events after a refused %s", request).hasSize(events);
            assertThat(f.adapters.interactions().all()).as("interactions after a refused %s", request).hasSize(interactions);
        }
    }

    /** Whether the answer is a success; fails when it is not well-formed in the dialect's format. */
    private static boolean wellFormedSuccess(Dialect dialect, DialectResponse answer) throws IOException {
        if (answer.status() == 204) {
            return true;
        }
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body).as("a JSON body").isNotNull();
        switch (dialect) {
            case ESB:
                assertThat(body.at("/header/resultCode").isTextual()).as(answer.bodyText()).isTrue();
                return body.at("/header/resultCode").asText().equals("00");
            case INTERAPI:
                assertThat(body.get("$type")).as(answer.bodyText()).isNotNull();
                return answer.status() == 200 && (body.get("Error") == null || body.get("Error").isNull());
            case CALLACTION:
                assertThat(body.get("IsSuccess")).as(answer.bodyText()).isNotNull();
                return body.get("IsSuccess").asBoolean();
            default:
                if (answer.status() >= 400) {
                    assertThat(body.at("/error/code").isTextual()).as(answer.bodyText()).isTrue();
                    return false;
                }
                return true;
        }
    }

    /** Reads the tiny HTTP request format of the corpus; anything else becomes the body of a POST to the dialect. */
    static DialectRequest parse(Dialect dialect, byte[] input, String customerId) {
        int split = indexOf(input, "\n\n".getBytes(StandardCharsets.US_ASCII));
        String method = "POST";
        String target = dialect.basePath();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        byte[] body = input;
        if (split >= 0) {
            String[] lines = new String(input, 0, split, StandardCharsets.UTF_8).split("\n");
            String[] requestLine = lines[0].split(" ", 2);
            if (requestLine.length == 2 && !requestLine[0].isEmpty()) {
                method = requestLine[0];
                target = requestLine[1].replace("${customerId}", customerId).replace("${customer_guid}", UUID.randomUUID().toString());
            }
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    String name = lines[i].substring(0, colon).strip();
                    String value = lines[i].substring(colon + 1).strip();
                    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value.equals("valid") && name.equalsIgnoreCase("Authorization")
                            ? validAuthorization(dialect) : value);
                }
            }
            body = java.util.Arrays.copyOfRange(input, split + 2, input.length);
        } else {
            headers.put("Content-Type", List.of("application/json"));
        }
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String rawQuery = query < 0 ? "" : target.substring(query + 1);
        return new DialectRequest(method, path.isEmpty() ? "/" : path, rawQuery, headers, body);
    }

    private static String validAuthorization(Dialect dialect) {
        return dialect == Dialect.COUNTERPARTY ? E2e.counterpartyAuth(E2e.CP)[1] : E2e.blinkAuth()[1];
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
