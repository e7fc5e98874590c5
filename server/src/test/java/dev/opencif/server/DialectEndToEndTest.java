package dev.opencif.server;

import static dev.opencif.server.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every dialect over real HTTP on one server with an H2 file database, and the cross-dialect stories. */
class DialectEndToEndTest {
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

    // ---- ESB accountService ---------------------------------------------------------------------------

    private static String ekyc(String legalId, String phone, String username) {
        return "{\"legalId\":\"" + legalId + "\",\"firstName\":\"Lan\",\"lastName\":\"Trần\",\"birthDate\":\"1996-02-29\","
                + "\"phoneNumber\":\"" + phone + "\",\"email\":\"" + username + "@example.invalid\",\"username\":\"" + username + "\","
                + "\"currency\":\"VND\",\"ekycVerifiedAt\":\"2026-01-15T15:40:00+07:00\","
                + "\"address\":{\"addressType\":\"REGISTERED\",\"country\":\"VN\",\"city\":\"Hà Nội\"}}";
    }

    private static JsonNode esbOk(String operation, String data) {
        HttpResponse<String> response = http.post("/accountService/v1/" + operation, E2e.esb(data));
        JsonNode body = json(response);
        assertThat(body.at("/header/resultCode").asText()).as(operation + ": " + response.body()).isEqualTo("00");
        assertThat(response.statusCode()).isEqualTo(200);
        return body.get("data");
    }

    @Test
    void esb_opens_an_ekyc_customer_and_reads_it_back_also_under_an_environment_prefix() {
        JsonNode created = esbOk("create-ekyc-account", ekyc("079203004512", "0912345678", "e2e.lan"));
        String cif = created.get("cif").asText();
        assertThat(created.get("accountNo").asText()).isNotBlank();
        JsonNode customer = esbOk("get-customer-by-id", "{\"cif\":\"" + cif + "\"}");
        assertThat(customer.get("legalId").asText()).isEqualTo("079203004512");
        HttpResponse<String> prefixed = http.post("/esbuat7801/accountService/v1/get-account-list", E2e.esb("{\"cif\":\"" + cif + "\"}"));
        assertThat(prefixed.statusCode()).isEqualTo(200);
        assertThat(json(prefixed).at("/data/accounts/0/accountNo").asText()).isEqualTo(created.get("accountNo").asText());
    }

    @Test
    void esb_refuses_a_wrong_secret_and_accepts_basic_authorization() {
        HttpResponse<String> wrong = http.post("/accountService/v1/valid-legal-id", E2e.esb("{\"legalId\":\"079203009999\"}", "guess-guess"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).at("/header/resultCode").asText()).isEqualTo("08");
        HttpResponse<String> basic = http.post("/accountService/v1/valid-izi-mobile-user",
                "{\"header\":{\"requestId\":\"r-basic\",\"channel\":\"IB\"},\"data\":{\"username\":\"free.name\"}}",
                "Authorization", E2e.basic(E2e.ESB_CLIENT, E2e.ESB_SECRET));
        assertThat(basic.statusCode()).as(basic.body()).isEqualTo(200);
    }

    @Test
    void esb_answers_bad_json_and_oversized_bodies_in_its_own_envelope() {
        HttpResponse<String> bad = http.post("/accountService/v1/get-account-list", "{\"header\": {");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).has("header")).isTrue();
        HttpResponse<String> big = http.post("/accountService/v1/get-account-list", E2e.esb("{\"cif\":\"" + "1".repeat(1_100_000) + "\"}"));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).has("header")).isTrue();
    }

    @Test
    void every_dialect_answers_wrong_methods_unknown_paths_and_wrong_content_types_in_its_own_format() {
        HttpResponse<String> esbGet = http.get("/accountService/v1/get-account-list");
        assertThat(esbGet.statusCode()).isEqualTo(405);
        assertThat(json(esbGet).has("header")).isTrue();
        assertThat(http.post("/accountService/v1/get-everything", E2e.esb("{}")).statusCode()).isEqualTo(404);
        assertThat(http.get("/interapi/v1/CreateDigitalCustomer").statusCode()).isEqualTo(405);
        assertThat(http.post("/interapi/v1/DeleteEverything", "{}").statusCode()).isEqualTo(404);
        HttpResponse<String> cpDelete = http.method("DELETE", E2e.counterpartyBase(E2e.CP), E2e.counterpartyAuth(E2e.CP));
        assertThat(cpDelete.statusCode()).isEqualTo(405);
        assertThat(cpDelete.headers().firstValue("Allow")).isPresent();
        HttpResponse<String> callGet = http.get("/api/openApi/CallAction");
        assertThat(callGet.statusCode()).isEqualTo(405);
        assertThat(json(callGet).get("IsSuccess").asBoolean()).isFalse();
        assertThat(http.get("/blink/v1/nothing-here", E2e.blinkAuth()).statusCode()).isEqualTo(404);
        HttpResponse<String> text = http.post("/accountService/v1/get-account-list", E2e.esb("{}"), "Content-Type", "text/plain");
        assertThat(text.statusCode()).isEqualTo(415);
    }

    // ---- inter-API ------------------------------------------------------------------------------------

    @Test
    void interapi_creates_a_digital_customer_from_the_registry_and_refuses_a_wrong_app_key() {
        HttpResponse<String> created = http.post("/interapi/v1/CreateDigitalCustomer", E2e.interApiCreate(E2e.APP_KEY, "10000000146", "5550000146"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(json(created).at("/Data/CustomerId").asLong()).isPositive();
        assertThat(json(created).at("/Data/ProcessId").asLong()).isPositive();
        HttpResponse<String> wrong = http.post("/interapi/v1/CreateDigitalCustomer", E2e.interApiCreate("not-the-key", "10000000146", "5550000146"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("not-the-key");
        HttpResponse<String> bad = http.post("/interapi/v1/CreateDigitalCustomer", "{\"Header\":");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    // ---- counterparty REST ----------------------------------------------------------------------------

    private static JsonNode counterpartyCreate(String fields) {
        HttpResponse<String> response = http.post(E2e.counterpartyBase(E2e.CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\""
                + E2e.UAH_ISSUER + "\"," + fields + "}", E2e.counterpartyAuth(E2e.CP));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void counterparty_creates_and_lists_customers_with_a_valid_iban() {
        JsonNode created = counterpartyCreate("\"name\":\"Olena\",\"surname\":\"Koval\",\"login\":\"olena.e2e\"");
        assertThat(created.get("iban").asText()).startsWith("LT").hasSize(20);
        HttpResponse<String> list = http.get(E2e.counterpartyBase(E2e.CP) + "?search_string=olena.e2e", E2e.counterpartyAuth(E2e.CP));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get("customers").findValuesAsText("wallet_user_guid")).contains(created.get("customer_guid").asText());
    }

    @Test
    void counterparty_requires_a_valid_token_for_the_right_counterparty() {
        assertThat(http.get(E2e.counterpartyBase(E2e.CP)).statusCode()).isEqualTo(401);
        assertThat(http.get(E2e.counterpartyBase(E2e.CP), "Authorization", "Bearer " + E2e.jwt(E2e.CP, "x".repeat(40))).statusCode())
                .isEqualTo(401);
        assertThat(http.get(E2e.counterpartyBase(E2e.CP), E2e.counterpartyAuth(E2e.OTHER_CP)).statusCode()).isEqualTo(403);
    }

    @Test
    void counterparty_rejects_bad_json_and_oversized_bodies() {
        HttpResponse<String> bad = http.post(E2e.counterpartyBase(E2e.CP), "{\"asset_code\":", E2e.counterpartyAuth(E2e.CP));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).has("error")).isTrue();
        HttpResponse<String> big = http.postBytes(E2e.counterpartyBase(E2e.CP), new byte[1_200_000], E2e.counterpartyAuth(E2e.CP));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).has("error")).isTrue();
    }

    // ---- callAction -----------------------------------------------------------------------------------

    private static JsonNode callActionOk(String action, String data) {
        HttpResponse<String> response = http.post("/api/openApi/CallAction", E2e.callAction(action, data));
        JsonNode body = json(response);
        assertThat(body.get("IsSuccess").asBoolean()).as(action + ": " + response.body()).isTrue();
        return body.get("Data");
    }

    @Test
    void callaction_creates_an_individual_customer_and_shows_its_header() {
        JsonNode saved = callActionOk("FTOS_ACC_CB_AddUpdateIndividualCustomer", "{\"CustomerInfo\":{\"firstName\":\"Ioana\","
                + "\"lastName\":\"Popescu\",\"UniqueID\":\"20000000428\",\"email\":\"ioana.e2e@example.invalid\",\"mobilePhone\":\"0721 234 567\"}}");
        String id = saved.get("customerInternalId").asText();
        JsonNode header = callActionOk("FTOS_ACC_AccountHeader", "{\"customerInternalId\":\"" + id + "\"}");
        assertThat(header.get("fullName").asText()).isEqualTo("Ioana Popescu");
    }

    @Test
    void callaction_refuses_a_wrong_token_bad_json_and_oversized_bodies() {
        HttpResponse<String> wrong = http.post("/api/openApi/CallAction", E2e.callAction("FTOS_ACC_AccountHeader",
                "{\"customerInternalId\":\"0b7e7f52-9d8c-4f7e-8a65-3c1d2e4f5a6b\"}", "wrong-token-1"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("IsSuccess").asBoolean()).isFalse();
        HttpResponse<String> bad = http.post("/api/openApi/CallAction", "{\"Request\":");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("IsSuccess").asBoolean()).isFalse();
        HttpResponse<String> big = http.postBytes("/api/openApi/CallAction", new byte[1_100_000]);
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).get("IsSuccess").asBoolean()).isFalse();
    }

    // ---- bLink ----------------------------------------------------------------------------------------

    @Test
    void blink_answers_its_healthcheck_and_refuses_requests_without_a_token() {
        HttpResponse<String> health = http.get("/blink/v1/healthcheck", E2e.blinkAuth());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(http.get("/blink/v1/customers").statusCode()).isEqualTo(401);
        assertThat(http.get("/blink/v1/customers", "Authorization", "Bearer " + E2e.BLINK_USER + ".wrong-secret").statusCode()).isEqualTo(401);
        assertThat(http.postBytes("/blink/v1/customers/x/addresses", new byte[1_100_000], E2e.blinkAuth()).statusCode()).isEqualTo(413);
        assertThat(http.post("/blink/v1/persons/0b7e7f52-9d8c-4f7e-8a65-3c1d2e4f5a6b/contactdetails", "{\"x\":", E2e.blinkAuth()).statusCode())
                .isIn(400, 404);
    }

    // ---- cross-dialect stories ------------------------------------------------------------------------

    @Test
    void a_customer_onboarded_via_interapi_is_visible_via_esb_and_callaction() {
        HttpResponse<String> created = http.post("/interapi/v1/CreateDigitalCustomer", E2e.interApiCreate(E2e.APP_KEY, "10000000214", "5550000214"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String cif = json(created).at("/Data/CustomerId").asText();

        JsonNode esb = esbOk("get-customer-by-id", "{\"cif\":\"" + cif + "\"}");
        assertThat(esb.get("legalId").asText()).isEqualTo("10000000214");
        assertThat(esb.get("fullName").asText()).isEqualTo("Ece Deneme");
        String customerId = esb.get("customerId").asText();

        JsonNode header = callActionOk("FTOS_ACC_AccountHeader", "{\"customerInternalId\":\"" + customerId + "\"}");
        assertThat(header.get("customerNumber").asText()).isEqualTo(cif);
        assertThat(header.get("fullName").asText()).isEqualTo("Ece Deneme");

        // the interaction log keeps the channel each envelope stated: inter-API "API" (the create), ESB "MB" (none: reads)
        String recent = "{\"customerInternalId\":\"" + customerId + "\",\"fromDate\":\"2020-01-01\",\"toDate\":\"2099-12-31\","
                + "\"channels\":";
        assertThat(callActionOk("FTOS_ACC_AccountRecentInteractions", recent + "[\"Api\"]}").toString())
                .contains("create-digital-customer");
        assertThat(callActionOk("FTOS_ACC_AccountRecentInteractions", recent + "[\"INTERAPI\",\"MB\"]}").toString())
                .doesNotContain("create-digital-customer");
    }

    @Test
    void a_counterparty_customer_is_seen_everywhere_and_an_esb_blacklisting_blocks_it_everywhere() {
        JsonNode created = counterpartyCreate("\"name\":\"Taras\",\"surname\":\"Shevchuk\",\"login\":\"taras.e2e\"");
        String guid = created.get("customer_guid").asText();

        JsonNode header = callActionOk("FTOS_ACC_AccountHeader", "{\"customerInternalId\":\"" + guid + "\"}");
        String cif = header.get("customerNumber").asText();
        assertThat(header.get("fullName").asText()).isEqualTo("Taras Shevchuk");
        assertThat(esbOk("get-customer-by-id", "{\"cif\":\"" + cif + "\"}").get("customerId").asText()).isEqualTo(guid);

        assertThat(http.get("/blink/v1/customers/" + guid, E2e.blinkAuth()).statusCode()).isEqualTo(404);
        callActionOk("FTOS_ACC_AddUpdateCustomerAgreement", "{\"customerInternalId\":\"" + guid + "\",\"agreementType\":\"OPEN_FINANCE\","
                + "\"startDate\":\"2024-01-01\",\"sourceId\":\"e2e\",\"contractNo\":\"OF-1\",\"grantee\":\"" + E2e.BLINK_USER + "\"}");
        HttpResponse<String> blink = http.get("/blink/v1/customers/" + guid, E2e.blinkAuth());
        assertThat(blink.statusCode()).as(blink.body()).isEqualTo(200);
        assertThat(json(blink).get("customerNumber").asText()).isEqualTo(cif);

        esbOk("update-blacklist-customer", "{\"cif\":\"" + cif + "\",\"action\":\"BLOCK\",\"reason\":\"e2e fraud alert\"}");

        JsonNode flags = callActionOk("FTOS_ACC_AccountFlags", "{\"customerInternalId\":\"" + guid + "\"}").get("flags");
        assertThat(flags.findValuesAsText("code")).contains("BLACKLISTED");
        HttpResponse<String> accounts = http.get(E2e.counterpartyBase(E2e.CP) + "/" + guid + "/accounts", E2e.counterpartyAuth(E2e.CP));
        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(json(accounts).at("/accounts/0/blocked").asBoolean()).as(accounts.body()).isTrue();
    }
}
