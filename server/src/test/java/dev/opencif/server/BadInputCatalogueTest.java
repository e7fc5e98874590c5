package dev.opencif.server;

import static dev.opencif.server.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue ({@code src/test/resources/bad-inputs/<dialect>.tsv}, written by
 * {@code src/test/fuzz/bad-inputs.py}) through the real server: every case is refused with the expected answer,
 * in the dialect's format, naming the expected field, quoting nothing of the request. docs/security.md counts them.
 */
class BadInputCatalogueTest {
    private static final String[] DIALECTS = {"counterparty", "blink", "callaction", "esb", "interapi"};
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    @TempDir
    static Path dir;

    private static OpenCifServer server;
    private static Http http;
    private static String customerId;
    private static String cif;

    /** One catalogue line. */
    record Case(String dialect, String id, String category, String method, String path, String body, String expect, String field) {
        @Override
        public String toString() {
            return dialect + "/" + id;
        }
    }

    @BeforeAll
    static void start() {
        server = OpenCifServer.start(E2e.config(dir));
        http = new Http(server);
        HttpResponse<String> created = http.post(E2e.counterpartyBase(E2e.CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\""
                + E2e.UAH_ISSUER + "\",\"name\":\"Anna\",\"surname\":\"Bad\",\"login\":\"catalogue.anna\"}", E2e.counterpartyAuth(E2e.CP));
        customerId = json(created).get("customer_guid").asText();
        http.post("/api/openApi/CallAction", E2e.callAction("FTOS_ACC_AddUpdateCustomerAgreement", "{\"customerInternalId\":\""
                + customerId + "\",\"agreementType\":\"OPEN_FINANCE\",\"startDate\":\"2024-01-01\",\"sourceId\":\"e2e\","
                + "\"contractNo\":\"OF-1\",\"grantee\":\"" + E2e.BLINK_USER + "\"}"));
        HttpResponse<String> header = http.post("/api/openApi/CallAction", E2e.callAction("FTOS_ACC_AccountHeader",
                "{\"customerInternalId\":\"" + customerId + "\"}"));
        cif = json(header).at("/Data/customerNumber").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> cases() {
        return catalogue().stream().map(Arguments::of);
    }

    static List<Case> catalogue() {
        List<Case> cases = new ArrayList<>();
        for (String dialect : DIALECTS) {
            try {
                Path file = Path.of("src/test/resources/bad-inputs", dialect + ".tsv");
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] c = line.split("\t", -1);
                    cases.add(new Case(dialect, c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cases;
    }

    @Test
    void the_catalogue_holds_at_least_300_cases_in_every_dialect_and_category() {
        List<Case> cases = catalogue();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(cases.stream().map(Case::dialect).distinct()).containsExactlyInAnyOrder(DIALECTS);
        assertThat(cases.stream().map(Case::id).distinct().count() + 0).isGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void is_refused_in_the_dialects_format_naming_the_field(Case c) {
        long n = UNIQUE.incrementAndGet();
        String body = fill(c.body(), n);
        String path = fill(c.path(), n);
        String[] auth = switch (c.dialect()) {
            case "counterparty" -> E2e.counterpartyAuth(E2e.CP);
            case "blink" -> E2e.blinkAuth();
            default -> new String[0];
        };
        HttpResponse<String> answer = http.post(path, body, auth);
        assertThat(answer.body()).as(c.id()).doesNotContain("<html", "Exception", "x".repeat(100));
        String[] expect = c.expect().split(":");
        JsonNode json = json(answer);
        switch (expect[0]) {
            case "http" -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(Integer.parseInt(expect[1]));
            case "esb" -> assertThat(json.at("/header/resultCode").asText()).as(answer.body()).isEqualTo(expect[1]);
            case "interapi" -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(Integer.parseInt(expect[1]));
            case "callaction" -> {
                assertThat(json.get("IsSuccess").asBoolean()).as(answer.body()).isFalse();
                assertThat(json.get("ErrorCode").asText()).as(answer.body()).isEqualTo(expect[1]);
            }
            default -> throw new IllegalArgumentException("unknown expectation " + c.expect());
        }
        if (!c.field().equals("-")) {
            assertThat(fields(c.dialect(), json)).as(answer.body()).contains(c.field());
        }
    }

    private static List<String> fields(String dialect, JsonNode json) {
        return switch (dialect) {
            case "esb" -> json.at("/header/errors").findValuesAsText("field");
            case "interapi" -> json.at("/Error/Fields").findValuesAsText("Field");
            case "callaction" -> json.get("Errors").findValuesAsText("Field");
            default -> json.at("/error/fields").findValuesAsText("field");
        };
    }

    private static String fill(String template, long n) {
        String digits = String.format("%09d", n % 1_000_000_000L);
        return template.replace("${CP}", E2e.CP).replace("${ISSUER}", E2e.UAH_ISSUER).replace("${customerId}", customerId)
                .replace("${cif}", cif).replace("${unique9}", digits).replace("${unique8}", digits.substring(1))
                .replace("${unique7}", digits.substring(2)).replace("${unique}", "c" + n + UUID.randomUUID().toString().substring(0, 4))
                .replace("${crmToken}", E2e.CRM_TOKEN).replace("${crm}", E2e.CRM_USER).replace("${esbClient}", E2e.ESB_CLIENT)
                .replace("${esbSecret}", E2e.ESB_SECRET).replace("${appKey}", E2e.APP_KEY);
    }
}
