package dev.opencif.server;

import static dev.opencif.server.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Retries as bank integrators send them, over real HTTP, against two server instances ({@link #first()},
 * {@link #second()}; on H2 one instance twice): per dialect a replay answers the byte-identical answer and changes
 * nothing; a key reused for another request is refused; twenty concurrent requests with one key have one effect and
 * consistent answers; a connection cut after the effects is retried and answered from the store.
 */
abstract class IdempotentRetriesScenario {
    private static final String ADDRESS = "{\"addressType\":\"home\",\"country\":\"LT\",\"city\":\"Kaunas\",\"streetName\":\"Laisvės al.\","
            + "\"streetNo\":\"%d\",\"postalCode\":\"44001\"}";

    protected abstract OpenCifServer first();

    protected abstract OpenCifServer second();

    private Http a() {
        return new Http(first());
    }

    private Http b() {
        return new Http(second());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String esbEnvelope(String requestId, String data) {
        return "{\"header\":{\"requestId\":\"" + requestId + "\",\"channel\":\"MB\",\"clientId\":\"" + E2e.ESB_CLIENT + "\",\"clientSecret\":\""
                + E2e.ESB_SECRET + "\",\"requestTime\":\"2026-01-15T16:00:00+07:00\"},\"data\":" + data + "}";
    }

    private static String ekyc(String legalId, String phone, String username) {
        return "{\"legalId\":\"" + legalId + "\",\"firstName\":\"Lan\",\"lastName\":\"Trần\",\"birthDate\":\"1996-02-29\","
                + "\"phoneNumber\":\"" + phone + "\",\"username\":\"" + username + "\",\"currency\":\"VND\","
                + "\"ekycVerifiedAt\":\"2026-01-15T15:40:00+07:00\"}";
    }

    private static String legalId() {
        return dev.opencif.testkit.builder.UniqueValues.vietnameseId().value();
    }

    /** A counterparty customer the bLink service user may see (an OPEN_FINANCE consent for it): its id. */
    private String blinkVisibleCustomer() {
        HttpResponse<String> created = a().post(E2e.counterpartyBase(E2e.CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\""
                + E2e.UAH_ISSUER + "\",\"name\":\"Rūta\",\"surname\":\"Kazlauskė\",\"login\":\"retry." + key() + "\"}",
                E2e.counterpartyAuth(E2e.CP));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String guid = json(created).get("customer_guid").asText();
        HttpResponse<String> consent = a().post("/api/openApi/CallAction", E2e.callAction("FTOS_ACC_AddUpdateCustomerAgreement",
                "{\"customerInternalId\":\"" + guid + "\",\"agreementType\":\"OPEN_FINANCE\",\"startDate\":\"2024-01-01\","
                        + "\"sourceId\":\"e2e\",\"contractNo\":\"OF-" + key() + "\",\"grantee\":\"" + E2e.BLINK_USER + "\"}"));
        assertThat(json(consent).get("IsSuccess").asBoolean()).as(consent.body()).isTrue();
        return guid;
    }

    private int addresses(String guid) {
        HttpResponse<String> list = a().get("/blink/v1/customers/" + guid + "/addresses", E2e.blinkAuth());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list).get("total").asInt();
    }

    private static void assertReplayOf(HttpResponse<String> replay, HttpResponse<String> first) {
        assertThat(replay.statusCode()).isEqualTo(first.statusCode());
        assertThat(replay.body()).as("the replayed body, byte for byte").isEqualTo(first.body());
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void esb_opens_one_current_account_for_a_request_id_sent_twice_and_refuses_the_id_for_another_request() {
        HttpResponse<String> combo = a().post("/accountService/v1/create-ekyc-account", esbEnvelope(key(), ekyc(legalId(), E2e.romanianMobile()
                .replace("072", "091"), "retry." + key().substring(0, 8))));
        assertThat(json(combo).at("/header/resultCode").asText()).as(combo.body()).isEqualTo("00");
        String cif = json(combo).at("/data/cif").asText();
        String requestId = "acct-" + key();
        String open = esbEnvelope(requestId, "{\"cif\":\"" + cif + "\",\"currency\":\"VND\"}");

        HttpResponse<String> opened = a().post("/accountService/v1/create-current-account", open);
        HttpResponse<String> retried = b().post("/accountService/v1/create-current-account", open);

        assertThat(json(opened).at("/header/resultCode").asText()).as(opened.body()).isEqualTo("00");
        assertReplayOf(retried, opened);
        JsonNode accounts = json(a().post("/accountService/v1/get-account-list", E2e.esb("{\"cif\":\"" + cif + "\"}")));
        assertThat(accounts.at("/data/accounts").size()).as(accounts.toString()).isEqualTo(2);

        HttpResponse<String> other = b().post("/accountService/v1/create-current-account",
                esbEnvelope(requestId, "{\"cif\":\"" + cif + "\",\"currency\":\"USD\"}"));
        assertThat(json(other).at("/header/resultCode").asText()).isEqualTo("09");
        assertThat(json(other).at("/header/rule").asText()).as(other.body()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void a_retried_ekyc_combo_with_a_new_request_id_answers_the_cif_account_and_user_of_the_first() {
        String data = ekyc(legalId(), E2e.romanianMobile().replace("072", "093"), "retry." + key().substring(0, 8));
        JsonNode first = json(a().post("/accountService/v1/create-ekyc-account", esbEnvelope(key(), data)));
        JsonNode again = json(b().post("/accountService/v1/create-ekyc-account", esbEnvelope(key(), data)));
        assertThat(first.at("/header/resultCode").asText()).as(first.toString()).isEqualTo("00");
        assertThat(again.at("/header/resultCode").asText()).as(again.toString()).isEqualTo("00");
        assertThat(again.get("data")).isEqualTo(first.get("data"));
    }

    @Test
    void blink_adds_one_address_for_an_idempotency_key_sent_twice_and_refuses_the_key_for_another_body() {
        String guid = blinkVisibleCustomer();
        int before = addresses(guid);
        String key = key();
        String path = "/blink/v1/customers/" + guid + "/addresses";
        HttpResponse<String> added = a().post(path, ADDRESS.formatted(1), join(E2e.blinkAuth(), "Idempotency-Key", key));
        HttpResponse<String> retried = b().post(path, ADDRESS.formatted(1), join(E2e.blinkAuth(), "Idempotency-Key", key));

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertReplayOf(retried, added);
        assertThat(addresses(guid)).isEqualTo(before + 1);

        HttpResponse<String> other = b().post(path, ADDRESS.formatted(2), join(E2e.blinkAuth(), "Idempotency-Key", key));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(json(other).at("/error/rule").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        HttpResponse<String> noKey = a().post(path, ADDRESS.formatted(3), E2e.blinkAuth());
        assertThat(noKey.statusCode()).as("a write without a key behaves as before").isEqualTo(201);
        assertThat(addresses(guid)).isEqualTo(before + 2);
        HttpResponse<String> badKey = a().post(path, ADDRESS.formatted(4), join(E2e.blinkAuth(), "Idempotency-Key", "x".repeat(300)));
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(badKey.body()).contains("Idempotency-Key", "at most 255");
    }

    @Test
    void callaction_adds_one_address_for_a_request_id_sent_twice() {
        String guid = blinkVisibleCustomer();
        int before = addresses(guid);
        String id = key();
        String body = "{\"Request\":{\"ActionName\":\"FTOS_ACC_CB_AddUpdateCustomerAddress\",\"RequestId\":\"" + id + "\",\"Data\":"
                + "{\"AddressInfo\":{\"customerInternalId\":\"" + guid + "\",\"addressType\":\"HomeAddress\",\"country\":\"LT\","
                + "\"city\":\"Vilnius\",\"district\":\"Senamiestis\",\"streetName\":\"Pilies g.\",\"streetNo\":\"4\",\"postalCode\":\"01123\"}}},\"ApiInfo\":{\"UserName\":\"" + E2e.CRM_USER + "\",\"Token\":\"" + E2e.CRM_TOKEN + "\"}}";
        HttpResponse<String> added = a().post("/api/openApi/CallAction", body);
        HttpResponse<String> retried = b().post("/api/openApi/CallAction", body);
        assertThat(json(added).get("IsSuccess").asBoolean()).as(added.body()).isTrue();
        assertReplayOf(retried, added);
        assertThat(addresses(guid)).isEqualTo(before + 1);
    }

    @Test
    void counterparty_creates_one_customer_for_a_key_sent_twice() {
        String key = key();
        String body = "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + E2e.UAH_ISSUER + "\",\"name\":\"Oksana\",\"surname\":\"Bondar\","
                + "\"login\":\"once." + key + "\"}";
        HttpResponse<String> created = a().post(E2e.counterpartyBase(E2e.CP), body, join(E2e.counterpartyAuth(E2e.CP), "Idempotency-Key", key));
        HttpResponse<String> retried = b().post(E2e.counterpartyBase(E2e.CP), body, join(E2e.counterpartyAuth(E2e.CP), "Idempotency-Key", key));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertReplayOf(retried, created);
        HttpResponse<String> list = a().get(E2e.counterpartyBase(E2e.CP) + "?search_string=once." + key, E2e.counterpartyAuth(E2e.CP));
        assertThat(json(list).get("customers").size()).as(list.body()).isEqualTo(1);
    }

    @Test
    void interapi_answers_a_channel_request_id_sent_to_both_instances_once() {
        String request = E2e.interApiCreate(E2e.APP_KEY, "10000000146", "5550000146");
        HttpResponse<String> first = a().post("/interapi/v1/CreateDigitalCustomer", request);
        HttpResponse<String> again = b().post("/interapi/v1/CreateDigitalCustomer", request);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertReplayOf(again, first);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void twenty_concurrent_requests_with_one_key_have_one_effect_and_consistent_answers() throws Exception {
        String guid = blinkVisibleCustomer();
        int before = addresses(guid);
        String key = key();
        List<HttpResponse<String>> answers = concurrently(20, i -> (i % 2 == 0 ? a() : b()).post("/blink/v1/customers/" + guid + "/addresses",
                ADDRESS.formatted(7), join(E2e.blinkAuth(), "Idempotency-Key", key)));
        Set<String> bodies = new HashSet<>();
        int inProgress = 0;
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 409) {
                assertThat(json(answer).at("/error/code").asText()).isEqualTo("CONFLICT");
                inProgress++;
            } else {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                bodies.add(answer.body());
            }
        }
        System.out.printf("one key, 20 concurrent requests: %d answered 201 (%d distinct bodies), %d told in progress%n",
                answers.size() - inProgress, bodies.size(), inProgress);
        assertThat(bodies).as("every 201 is the one answer").hasSize(1);
        assertThat(addresses(guid)).as("addresses added").isEqualTo(before + 1);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void twenty_concurrent_digital_onboardings_of_one_citizen_all_answer_the_one_flow() throws Exception {
        List<HttpResponse<String>> answers = concurrently(20, i -> (i % 2 == 0 ? a() : b()).post("/interapi/v1/CreateDigitalCustomer",
                E2e.interApiCreate(E2e.APP_KEY, "10000000382", "5550000382")));
        Set<String> customers = new HashSet<>();
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            customers.add(json(answer).at("/Data/CustomerId").asText());
        }
        assertThat(customers).as("one flow's customer in every answer").hasSize(1);
    }

    @Test
    void a_connection_cut_after_the_write_is_retried_and_answered_from_the_store() throws Exception {
        String guid = blinkVisibleCustomer();
        int before = addresses(guid);
        String key = key();
        try (CuttingProxy proxy = new CuttingProxy(first().port())) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest cut = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy.port() + "/blink/v1/customers/" + guid
                    + "/addresses")).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .header(E2e.blinkAuth()[0], E2e.blinkAuth()[1]).header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(ADDRESS.formatted(9))).build();
            assertThatThrownBy(() -> client.send(cut, HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
            assertThat(proxy.cut()).isEqualTo(1);
        }
        HttpResponse<String> retried = b().post("/blink/v1/customers/" + guid + "/addresses", ADDRESS.formatted(9),
                join(E2e.blinkAuth(), "Idempotency-Key", key));
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(addresses(guid)).isEqualTo(before + 1);
    }

    private static String[] join(String[] headers, String... more) {
        String[] all = new String[headers.length + more.length];
        System.arraycopy(headers, 0, all, 0, headers.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    private interface Call {
        HttpResponse<String> send(int index);
    }

    private static List<HttpResponse<String>> concurrently(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<HttpResponse<String>> task = () -> {
                    go.await();
                    return call.send(index);
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
