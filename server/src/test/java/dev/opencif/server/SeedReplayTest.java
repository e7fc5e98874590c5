package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' own sample requests, replayed through the real server (resources {@code seed-samples/}, extracted verbatim
 * from the seed files with their line numbers), and the answers' shapes checked against the seeds' sample answers:
 * every field a sample answer shows is answered, with the same JSON type. What the replay changes, and only that:
 * credentials ({@code "***"}, {@code <access_token>}), the ids the seed's bank issued (the server issues its own), and
 * the placeholders the seeds print instead of values ({@code "text"}, {@code <firstName>}) — filled with values of the
 * kind the field takes, the seeds' own example values wherever a seed shows one. The ESB and bLink seeds show no
 * samples; their operations are replayed from their documentation by {@code DialectDocsTest} and
 * {@code BlinkDocExamplesTest}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedReplayTest {
    /** The seed's own citizens (interapi-digital-customer.txt), known to this test's identity registry. */
    private static final String CREATE_CITIZEN = "63021011790";
    private static final String UPDATE_CITIZEN = "17453821786";
    private static final String USD_ISSUER = "GBWUVXEBXYAJITVDD6PEZAY4SBBEAOQFVPFJC4PKTWBNIZXSTSAH7LML";

    @TempDir
    static Path dir;

    private static OpenCifServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        ServerConfig config = E2e.config(dir);
        Files.writeString(dir.resolve("citizens.json"), """
                {"citizens": [
                  {"nationalId": "%s", "kind": "TR_TCKN", "firstName": "Cem", "lastName": "Okkalı", "birthDate": "1986-03-21",
                   "address": {"country": "TR", "city": "İstanbul", "district": "Bakırköy", "postalCode": "34158"}},
                  {"nationalId": "%s", "kind": "TR_TCKN", "firstName": "Behçet", "lastName": "Çağlar", "birthDate": "1979-11-02"}
                ]}""".formatted(CREATE_CITIZEN, UPDATE_CITIZEN));
        Path file = dir.resolve("opencif-e2e.properties");
        Files.writeString(file, "\ncounterparty.assets.USD.issuer=" + USD_ISSUER + "\ncounterparty.assets.USD.name=US Dollar\n",
                StandardOpenOption.APPEND);
        server = OpenCifServer.start(config.withSettings(ConfigFile.load(file)));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- inter-API digital customer ------------------------------------------------------------------------------

    /** The seed's AppKey is "***"; the replay sends this server's. */
    private static final String SEED_APP_KEY = "\"AppKey\": \"***\"";
    private static final String OUR_APP_KEY = "\"AppKey\": \"" + E2e.APP_KEY + "\"";

    private static String withAppKey(String request) {
        return request.replace(SEED_APP_KEY, OUR_APP_KEY);
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class InterApi {
        private static long processId;
        private static long customerNo;

        @Test
        @Order(1)
        void create_digital_customer_as_the_seed_sends_it_starts_the_flow_and_answers_the_seeds_shape() {
            Sample sample = Sample.load("interapi/01-create-digital-customer.json");
            HttpResponse<String> response = http.post(sample.path(), withAppKey(sample.request()));
            JsonNode answer = E2e.json(response);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertSameShape(sample.response(), answer);
            assertThat(answer.at("/Data/State").asInt()).isEqualTo(2);
        }

        @Test
        @Order(2)
        void update_digital_customer_informations_as_the_seed_sends_it_stores_the_situation_and_answers_the_seeds_shape() {
            // the seed's update belongs to another citizen's flow: start it as sample 01 does, then update that flow
            String start = withAppKey(Sample.load("interapi/01-create-digital-customer.json").request())
                    .replace(CREATE_CITIZEN, UPDATE_CITIZEN).replace("5252012362481156055", "5252012362481156056")
                    .replace("5599999933", "5599999944").replace("cem.okkali@", "behcet.caglar@");
            JsonNode started = E2e.json(http.post("/interapi/v1/CreateDigitalCustomer", start));
            processId = started.at("/Data/ProcessId").asLong();
            customerNo = started.at("/Data/CustomerId").asLong();
            Sample sample = Sample.load("interapi/02-update-digital-customer-informations.json");
            String request = withAppKey(sample.request())
                    .replace("5035266140", Long.toString(customerNo)).replace("2105170309000001", Long.toString(processId));

            HttpResponse<String> response = http.post(sample.path(), request);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertSameShape(sample.response(), E2e.json(response));
        }

        @Test
        @Order(3)
        void complete_digital_customer_as_the_seed_prints_it_is_a_clear_400_that_quotes_nothing() {
            Sample sample = Sample.load("interapi/03-complete-digital-customer.json");
            HttpResponse<String> response = http.post(sample.path(), withAppKey(sample.request()));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(E2e.json(response).at("/Error/Message").asText()).contains("line 13").doesNotContain("5559999999");
        }

        @Test
        @Order(4)
        void complete_digital_customer_with_the_seeds_typo_mended_completes_the_flow_and_answers_the_seeds_shape() {
            Sample sample = Sample.load("interapi/03-complete-digital-customer.json");
            String request = withAppKey(sample.request())
                    .replace("\"PhoneNumber: \"", "\"PhoneNumber\": \"")
                    .replace("5034971801", Long.toString(customerNo)).replace("2102260309000002", Long.toString(processId));

            HttpResponse<String> response = http.post(sample.path(), request);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertSameShape(sample.response(), E2e.json(response));
            assertThat(E2e.json(response).at("/Data/State").asInt()).isEqualTo(3);
        }
    }

    // ---- counterparty REST ---------------------------------------------------------------------------------------

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Counterparty {
        private static String customer;

        /** The seeds' "text" placeholders filled per field, with the seed's own example values where it shows them. */
        private static final Map<String, String> VALUES = Map.ofEntries(
                Map.entry("asset_code", "\"USD\""), Map.entry("asset_issuer", "\"" + USD_ISSUER + "\""),
                Map.entry("balance_asset_code", "\"USD\""), Map.entry("balance_asset_issuer", "\"" + USD_ISSUER + "\""),
                Map.entry("iban", "\"DE89370400440532013000\""), Map.entry("login", "\"customer1@gmail.com\""),
                Map.entry("name", "\"NameOfCustomer\""), Map.entry("paternal_name", "\"Testik\""),
                Map.entry("surname", "\"SurnameOfCustomer\""), Map.entry("phone_number", "\"1124988888888888888888\""),
                Map.entry("segment", "\"test\""), Map.entry("status", "\"active\""));

        private String filled(String sample) {
            String text = sample;
            for (Map.Entry<String, String> value : VALUES.entrySet()) {
                text = text.replace("\"" + value.getKey() + "\": \"text\"", "\"" + value.getKey() + "\": " + value.getValue());
            }
            return customer == null ? text : text.replace("\"wallet_user_guid\": \"text\"", "\"wallet_user_guid\": \"" + customer + "\"");
        }

        private String path(Sample sample) {
            return sample.path().replace("{counterparty_guid}", E2e.CP).replace("{customer_guid}", String.valueOf(customer));
        }

        @Test
        @Order(1)
        void create_customer_takes_the_seeds_own_values_and_answers_the_seeds_shape() {
            Sample sample = Sample.load("counterparty/07-create-customer.json");
            String request = filled(sample.request());
            assertThat(request).contains("\"branch_guid\": \"text\"", "\"1124988888888888888888\"");

            HttpResponse<String> response = http.post(path(sample), request, E2e.counterpartyAuth(E2e.CP));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode answer = E2e.json(response);
            assertSameShape(sample.response(), answer);
            assertSameShape(Sample.load("counterparty/01-create-customer-response-example.json").response(), answer);
            customer = answer.path("customer_guid").asText();
        }

        @Test
        @Order(2)
        void create_customer_account_takes_the_seeds_iban_field_and_answers_the_seeds_shape() {
            Sample sample = Sample.load("counterparty/08-create-customer-account.json");
            String request = sample.request().replace("\"text\"", "\"GB33BUKB20201555555555\"");

            HttpResponse<String> response = http.post(path(sample), request, E2e.counterpartyAuth(E2e.CP));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertSameShape(sample.response(), E2e.json(response));
        }

        @Test
        @Order(3)
        void update_customer_takes_the_seeds_branch_wrapper_with_a_text_id_and_answers_an_empty_object() {
            Sample sample = Sample.load("counterparty/09-update-customer.json");
            String request = filled(sample.request());
            assertThat(request).contains("\"value\": \"text\"");

            HttpResponse<String> response = http.put(path(sample), request, E2e.counterpartyAuth(E2e.CP));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(E2e.json(response)).isEqualTo(E2e.JSON.createObjectNode());
        }

        @Test
        @Order(4)
        void get_customer_accounts_answers_the_seeds_shape() {
            Sample sample = Sample.load("counterparty/05-get-customer-accounts.json");

            HttpResponse<String> response = http.get(path(sample), E2e.counterpartyAuth(E2e.CP));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode answer = E2e.json(response);
            assertThat(answer.path("total").asInt()).isEqualTo(2);
            assertSameShape(sample.response(), answer);
            assertSameShape(Sample.load("counterparty/03-get-customer-accounts-response-example.json").response(), answer);
        }

        @Test
        @Order(5)
        void get_customers_list_answers_the_seeds_shape_with_the_seeds_digits_phone_number() {
            Sample sample = Sample.load("counterparty/06-get-customers-list.json");

            // the replayed customer is disabled (the seed's create says "is_disabled": true): the seed's "Include disabled"
            HttpResponse<String> response = http.get(path(sample) + "?is_disabled=true", E2e.counterpartyAuth(E2e.CP));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode answer = E2e.json(response);
            assertSameShape(sample.response(), answer);
            assertSameShape(Sample.load("counterparty/04-get-customers-list-response-example.json").response(), answer);
            assertThat(answer.at("/customers/0/phone_number").asText()).isEqualTo("1124988888888888888888");
            assertThat(answer.at("/customers/0/branch_guid").asText()).isEqualTo("text");
        }
    }

    // ---- callAction ----------------------------------------------------------------------------------------------

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class CallAction {
        private static String customer;
        private static String representative;

        /** The seed's {@code <placeholder>}s filled per field; ids from the answers of the earlier samples. */
        private Map<String, String> values() {
            return Map.ofEntries(Map.entry("firstName", "Ioana"), Map.entry("lastName", "Popescu"),
                    Map.entry("emailAddressType", "Personal"), Map.entry("phoneNumberType", "Mobile"),
                    Map.entry("UniqueID", "2851225401236"), Map.entry("email", "ioana.popescu@example.invalid"),
                    Map.entry("mobilePhone", "0721234567"), Map.entry("addressType", "Home"), Map.entry("country", "Romania"),
                    Map.entry("district", "Sector 1"), Map.entry("city", "București"), Map.entry("streetName", "Calea Victoriei"),
                    Map.entry("streetNo", "12"), Map.entry("buildingNo", "A"), Map.entry("floorNo", "3"),
                    Map.entry("apartmentNo", "14"), Map.entry("postalCode", "010061"),
                    Map.entry("customerRepresentativeNo", String.valueOf(representative)),
                    Map.entry("accountRelationType", "Legal representative"),
                    Map.entry("url", "https://apply.example.invalid/loans/LN-1"), Map.entry("name", "Personal loan"),
                    Map.entry("bankingProduct", "Personal loan"), Map.entry("source", "web"), Map.entry("businessStatus", "Pending"),
                    Map.entry("externalId", "LN-1"), Map.entry("amount", "15000.00"), Map.entry("currency", "RON"),
                    Map.entry("agreementType", "GDPR"), Map.entry("startDate", "2026-01-15"), Map.entry("sourceId", "branch-0042"),
                    Map.entry("contractNo", "GDPR-2026-118"), Map.entry("indicatorName", "ALL"), Map.entry("fromDate", "2026-01-01"),
                    Map.entry("toDate", "2026-12-31"), Map.entry("channels", "CALLACTION"), Map.entry("endDate", "2026-12-31"),
                    Map.entry("transactionIndicators", "TRANSFER"), Map.entry("direction", "Incoming"),
                    Map.entry("interIntra", "Inter"), Map.entry("currencyId", "RON"),
                    Map.entry("customerInternalId", String.valueOf(customer)), Map.entry("accountId", String.valueOf(customer)));
        }

        /**
         * The sample with its {@code Data} made the JSON string the seed means (the seed prints it unescaped, some with a
         * stray {@code ":} before it), its placeholders filled; ids of records not yet made are left out, as a create sends.
         */
        private String filled(Sample sample, Map<String, String> overrides) {
            String text = sample.request();
            Matcher data = Pattern.compile("\"Data\": \"(?::)?(\\{.*\\})\"").matcher(text);
            if (data.find()) {
                ObjectNode inner = (ObjectNode) tree(data.group(1));
                fill(inner, overrides);
                text = text.substring(0, data.start()) + "\"Data\": " + E2e.JSON.valueToTree(inner.toString()) + text.substring(data.end());
            }
            return text.replace("<user_name>", E2e.CRM_USER).replace("<access_token>", E2e.CRM_TOKEN);
        }

        private void fill(ObjectNode node, Map<String, String> overrides) {
            List<String> absent = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isObject()) {
                    fill((ObjectNode) field.getValue(), overrides);
                } else if (field.getValue().asText().startsWith("<")) {
                    String value = overrides.getOrDefault(field.getKey(), values().get(field.getKey()));
                    if (value == null || value.equals("null")) {
                        absent.add(field.getKey());
                    } else {
                        // keep what the seed prints around the placeholder (the address type's trailing space)
                        field.setValue(E2e.JSON.getNodeFactory().textNode(field.getValue().asText().replaceAll("<[^>]*>", value)));
                    }
                }
            }
            node.remove(absent);
        }

        private JsonNode call(String file) {
            return call(file, Map.of());
        }

        private JsonNode call(String file, Map<String, String> overrides) {
            Sample sample = Sample.load("callaction/" + file);
            HttpResponse<String> response = http.post(sample.path(), filled(sample, overrides));
            JsonNode answer = E2e.json(response);
            assertThat(response.statusCode()).as(file + ": " + response.body()).isEqualTo(200);
            assertThat(answer.path("IsSuccess").asBoolean()).as(file + ": " + response.body()).isTrue();
            assertThat(answer.path("Data").isObject() || answer.path("Data").isArray()).as(file).isTrue();
            return answer.path("Data");
        }

        @Test
        @Order(1)
        void the_individual_customer_sample_adds_a_customer_with_a_romanian_cnp_then_updates_it() {
            representative = call("01-cb-add-update-individual-customer.json", Map.of("UniqueID", "1960503400011",
                    "email", "andrei.ionescu@example.invalid", "mobilePhone", "0721234568", "firstName", "Andrei"))
                    .path("customerInternalId").asText();
            customer = call("01-cb-add-update-individual-customer.json").path("customerInternalId").asText();
            assertThat(customer).isNotEqualTo(representative);
            JsonNode updated = call("01-cb-add-update-individual-customer.json", Map.of("customerInternalId", customer,
                    "lastName", "Popescu-Radu"));
            assertThat(updated.path("customerInternalId").asText()).isEqualTo(customer);
        }

        @Test
        @Order(2)
        void the_address_representative_application_and_agreement_samples_take_the_seeds_free_text_values() {
            JsonNode address = call("02-cb-add-update-customer-address.json");
            assertThat(address.path("customerInternalId").asText()).isEqualTo(customer);
            JsonNode represented = call("03-cb-add-update-customer-representative.json");
            assertThat(represented.path("customerInternalId").asText()).isEqualTo(customer);
            JsonNode application = call("04-create-update-application.json");
            assertThat(application.path("businessStatus").asText()).isEqualTo("IN_PROGRESS");
            JsonNode agreement = call("05-add-update-customer-agreement.json");
            assertThat(agreement.path("agreementType").asText()).isEqualTo("DATA_PROTECTION");
        }

        @Test
        @Order(3)
        void the_twelve_view_samples_answer_for_the_replayed_customer() {
            for (String file : List.of("06-account-client-lifecycle.json", "07-account-flags.json", "08-account-header.json",
                    "09-account-picture.json", "10-account-pending-activities.json", "11-product-portfolio.json",
                    "12-get-product-suggestions.json", "13-profile-complete.json", "14-account-profitability-pi.json",
                    "15-account-recent-interactions.json", "16-account-revenues-pi.json", "17-get-customer-transaction-values.json")) {
                call(file);
            }
        }
    }

    @Test
    void the_shape_check_notices_a_missing_field_a_wrong_type_and_an_empty_list() {
        JsonNode seed = tree("{\"a\": 1, \"b\": {\"c\": \"x\"}, \"d\": [{\"e\": true}]}");
        assertSameShape(seed, tree("{\"a\": 2, \"b\": {\"c\": \"y\", \"extra\": 0}, \"d\": [{\"e\": false}]}"));
        assertThatThrownBy(() -> assertSameShape(seed, tree("{\"a\": 2, \"d\": [{\"e\": false}]}")))
                .hasMessageContaining("$.b is missing");
        assertThatThrownBy(() -> assertSameShape(seed,
                tree("{\"a\": \"2\", \"b\": {\"c\": \"y\"}, \"d\": [{\"e\": false}]}"))).hasMessageContaining("$.a");
        assertThatThrownBy(() -> assertSameShape(seed,
                tree("{\"a\": 2, \"b\": {\"c\": \"y\"}, \"d\": []}"))).hasMessageContaining("$.d is empty");
    }

    // ---- support -------------------------------------------------------------------------------------------------

    private static JsonNode tree(String json) {
        try {
            return E2e.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every field of the seed's sample answer is in {@code actual} with the same JSON type (numbers as numbers, text as
     * text, objects and arrays alike, the first element of an array standing for all); {@code actual} may add fields.
     */
    static void assertSameShape(JsonNode expected, JsonNode actual) {
        assertSameShape("$", expected, actual);
    }

    private static void assertSameShape(String path, JsonNode expected, JsonNode actual) {
        assertThat(actual).as(path + " is missing").isNotNull();
        assertThat(actual.isMissingNode()).as(path + " is missing").isFalse();
        if (expected.isNull()) {
            return;
        }
        assertThat(kind(actual)).as(path + " in " + actual).isEqualTo(kind(expected));
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertSameShape(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            assertThat(actual).as(path + " is empty").isNotEmpty();
            assertSameShape(path + "[0]", expected.get(0), actual.get(0));
        }
    }

    private static JsonNodeType kind(JsonNode node) {
        return node.getNodeType() == JsonNodeType.NULL ? JsonNodeType.MISSING : node.getNodeType();
    }

    /** One sample of {@code seed-samples/}: the request and answer as the seed prints them. */
    record Sample(String path, String request, JsonNode response) {
        static Sample load(String name) {
            try (InputStream in = SeedReplayTest.class.getResourceAsStream("/seed-samples/" + name)) {
                JsonNode file = E2e.JSON.readTree(in);
                String responseText = file.path("responseText").isNull() ? null : file.path("responseText").asText();
                // the seed's answers carry // comments (counterparty): JSON has none
                JsonNode response = responseText == null ? null
                        : E2e.JSON.readTree(responseText.replaceAll("(?m)\\s*//[^\\n\"]*$", ""));
                return new Sample(file.path("path").asText(), file.path("requestText").isNull() ? null : file.path("requestText").asText(),
                        response);
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        }
    }
}
