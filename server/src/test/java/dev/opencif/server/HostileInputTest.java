package dev.opencif.server;

import static dev.opencif.server.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an attacker with valid credentials tries, over real HTTP: look-alike logins, invisible and control characters,
 * a phone number of another counterparty's customer, credentials with stray spaces, duplicate keys and trailing
 * content, numbers for text. Each is refused naming the field, or (the phone) answered without revealing anything.
 */
class HostileInputTest {
    @TempDir
    static Path dir;

    private static OpenCifServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = OpenCifServer.start(E2e.config(dir));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> createWallet(String counterparty, String fields) {
        return http.post(E2e.counterpartyBase(counterparty), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + E2e.UAH_ISSUER + "\","
                + fields + "}", E2e.counterpartyAuth(counterparty));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void logins_that_look_alike_are_one_login_and_invisible_characters_are_refused_naming_the_field() {
        String suffix = unique();
        assertThat(createWallet(E2e.CP, "\"name\":\"Jos\u00e9\",\"surname\":\"A\",\"login\":\"jos\u00e9." + suffix + "@example.invalid\"")
                .statusCode()).isEqualTo(200);
        for (String alike : new String[] {"jose\u0301." + suffix + "@example.invalid", "JOS\u00c9." + suffix + "@EXAMPLE.INVALID",
                "\uff4a\uff4f\uff53\u00e9." + suffix + "@example.invalid"}) {
            HttpResponse<String> again = createWallet(E2e.CP, "\"name\":\"Jos\u00e9\",\"surname\":\"B\",\"login\":\"" + alike + "\"");
            assertThat(again.statusCode()).as(alike).isEqualTo(409);
            assertThat(json(again).at("/error/code").asText()).isEqualTo("DUPLICATE_IDENTIFIER");
        }
        HttpResponse<String> zeroWidth = createWallet(E2e.CP, "\"name\":\"Jos\u00e9\",\"surname\":\"C\",\"login\":\"jose." + suffix
                + "\u200b@example.invalid\"");
        assertThat(zeroWidth.statusCode()).isEqualTo(400);
        assertThat(json(zeroWidth).at("/error/fields/0/field").asText()).isEqualTo("login");
        assertThat(zeroWidth.body()).contains("U+200B").doesNotContain(suffix);
    }

    @Test
    void control_and_bidi_characters_in_names_are_refused_and_nothing_is_stored() {
        for (String evil : new String[] {"ab\\u0000cd", "ab\\ncd", "ab\\u202ecd", "ab\\u0085cd"}) {
            String login = "ctl." + unique();
            HttpResponse<String> refused = createWallet(E2e.CP, "\"name\":\"" + evil + "\",\"surname\":\"X\",\"login\":\"" + login + "\"");
            assertThat(refused.statusCode()).as(evil).isEqualTo(400);
            assertThat(json(refused).at("/error/fields/0/field").asText()).as(refused.body()).isEqualTo("name");
            HttpResponse<String> list = http.get(E2e.counterpartyBase(E2e.CP) + "?search_string=" + login, E2e.counterpartyAuth(E2e.CP));
            assertThat(json(list).get("customers").size()).isZero();
        }
    }

    @Test
    void a_name_sent_decomposed_is_found_by_its_composed_form() {
        String login = "nfd." + unique();
        assertThat(createWallet(E2e.CP, "\"name\":\"Zo\u0065\u0308\",\"surname\":\"Mu\u0308ller\",\"login\":\"" + login + "\"")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> list = http.get(E2e.counterpartyBase(E2e.CP) + "?search_string=M%C3%BCller", E2e.counterpartyAuth(E2e.CP));
        assertThat(json(list).get("customers").findValuesAsText("login")).contains(login);
    }

    @Test
    void a_phone_number_of_another_counterpartys_customer_reveals_nothing() {
        String phone = "+38050" + String.format("%07d", (int) (Math.random() * 9_000_000) + 1_000_000);
        String other = UUID.randomUUID().toString();
        HttpResponse<String> theirs = createWallet(other, "\"name\":\"Olha\",\"surname\":\"B\",\"login\":\"b." + unique()
                + "\",\"phone_number\":\"" + phone + "\"");
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);
        HttpResponse<String> mine = createWallet(E2e.CP, "\"name\":\"Olha\",\"surname\":\"A\",\"login\":\"a." + unique()
                + "\",\"phone_number\":\"" + phone + "\"");
        assertThat(mine.statusCode()).as("a number held outside my scope is no refusal").isEqualTo(200);
        HttpResponse<String> again = createWallet(E2e.CP, "\"name\":\"Olha\",\"surname\":\"C\",\"login\":\"c." + unique()
                + "\",\"phone_number\":\"" + phone + "\"");
        assertThat(again.statusCode()).as("inside my scope the number is taken").isEqualTo(409);
    }

    @Test
    void credentials_are_compared_exactly() {
        String spaced = "Basic " + Base64.getEncoder().encodeToString((" " + E2e.ESB_CLIENT + " :" + E2e.ESB_SECRET).getBytes());
        HttpResponse<String> esb = http.post("/accountService/v1/get-account-list", E2e.esb("{\"cif\":\"1000000001\"}"),
                "Authorization", spaced);
        assertThat(json(esb).at("/header/resultCode").asText()).isEqualTo("08");
        HttpResponse<String> interApi = http.post("/interapi/v1/CreateDigitalCustomer",
                E2e.interApiCreate(E2e.APP_KEY + " ", "10000000214", "5550000214"));
        assertThat(interApi.statusCode()).isEqualTo(401);
        HttpResponse<String> callAction = http.post("/api/openApi/CallAction", E2e.callAction("FTOS_ACC_AccountHeader",
                "{\"customerInternalId\":\"" + UUID.randomUUID() + "\"}").replace(E2e.CRM_USER, " " + E2e.CRM_USER));
        assertThat(callAction.statusCode()).isEqualTo(401);
    }

    @Test
    void duplicate_keys_trailing_content_and_numbers_for_text_are_refused_in_every_dialect() {
        String header = E2e.callAction("FTOS_ACC_AccountHeader", "{\"customerInternalId\":\"" + UUID.randomUUID() + "\"}");
        HttpResponse<String> duplicate = http.post("/api/openApi/CallAction", header.replace("{\"Request\":", "{\"Request\":{},\"Request\":"));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        HttpResponse<String> trailing = http.post("/api/openApi/CallAction", header + " {}");
        assertThat(trailing.statusCode()).isEqualTo(400);
        HttpResponse<String> number = createWallet(E2e.CP, "\"name\":\"N\",\"surname\":\"N\",\"login\":12345");
        assertThat(number.statusCode()).isEqualTo(400);
        assertThat(json(number).at("/error/fields/0/field").asText()).isEqualTo("login");
        HttpResponse<String> esbDuplicate = http.post("/accountService/v1/get-account-list",
                E2e.esb("{\"cif\":\"1000000001\"}").replace("{\"header\":", "{\"header\":{},\"header\":"));
        assertThat(esbDuplicate.statusCode()).isEqualTo(400);
    }
}
