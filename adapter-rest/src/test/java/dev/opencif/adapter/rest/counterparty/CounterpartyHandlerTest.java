package dev.opencif.adapter.rest.counterparty;

import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.CP;
import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.OTHER_CP;
import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.UAH_ISSUER;
import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.USD_ISSUER;
import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.base;
import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.errorFields;
import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.shared.CountryCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CounterpartyHandlerTest {
    private final CounterpartyFixture f = new CounterpartyFixture();

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private String customerGuid(String extra) {
        return f.create(extra).path("customer_guid").asText();
    }

    @Nested
    class CreateCustomer {
        @Test
        void creates_customer_and_first_wallet_with_the_seed_fields() {
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER
                    + "\",\"name\":\"Olena\",\"surname\":\"Koval\",\"login\":\"olena@example.com\",\"kyc_level\":1,\"status\":\"active\"}");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.operation()).isEqualTo("counterparty.create-customer");
            JsonNode body = json(response);
            assertThat(names(body)).containsExactlyInAnyOrder("customer_guid", "platform", "type", "guid", "wallet_account_guid",
                    "name", "assets_total", "assets", "activated", "registered", "blocked", "iban");
            assertThat(body.path("guid").asText()).isEqualTo(body.path("wallet_account_guid").asText());
            assertThat(body.path("name").asText()).isEqualTo("Olena Koval");
            assertThat(body.path("assets_total").asInt()).isEqualTo(1);
            JsonNode asset = body.path("assets").get(0);
            assertThat(names(asset)).containsExactlyInAnyOrder("activated", "balance", "platform", "code", "name", "stellar_code",
                    "stellar_issuer", "minor_unit");
            assertThat(asset.path("code").asText()).isEqualTo("UAH");
            assertThat(asset.path("stellar_code").asText()).isEqualTo("eUAH");
            assertThat(asset.path("stellar_issuer").asText()).isEqualTo(UAH_ISSUER);
            assertThat(asset.path("minor_unit").asInt()).isEqualTo(2);
            assertThat(asset.path("balance").decimalValue()).isZero();
            assertThat(body.path("activated").asBoolean()).isTrue();
            assertThat(body.path("registered").asBoolean()).isTrue();
            assertThat(body.path("blocked").asBoolean()).isFalse();
            assertThat(IbanUtil.isValid(body.path("iban").asText())).isTrue();
            assertThat(body.path("iban").asText()).startsWith("LT");
        }

        @Test
        void keeps_a_given_valid_iban() {
            String iban = Iban.of(CountryCode.of("LT"), "7300010123456789").value();
            JsonNode body = f.create("\"iban\":\"" + iban + "\"");
            assertThat(body.path("iban").asText()).isEqualTo(iban);
        }

        @Test
        void refuses_an_iban_of_this_bank_and_creates_nothing() {
            String ours = f.adapters.ports().ibans().ibanFor(new AccountNumber("1234567890")).value();
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER
                    + "\",\"iban\":\"" + ours + "\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("iban");
            assertThat(json(response).path("error").path("fields").get(0).path("message").asText())
                    .isEqualTo("is an IBAN of this bank: leave it out to have one issued");
            assertThat(f.adapters.ports().loadAccount().findByIban(new Iban(ours))).isEmpty();
            assertThat(f.adapters.publishedEvents()).isEmpty();
        }

        @Test
        void rejects_an_iban_with_wrong_check_digits() {
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER
                    + "\",\"iban\":\"LT007300010123456789\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("iban");
        }

        @Test
        void rejects_an_iban_whose_bban_does_not_fit_its_country() {
            String wrongLength = Iban.of(CountryCode.of("LT"), "73000101234567891234").value();
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER
                    + "\",\"iban\":\"" + wrongLength + "\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("iban");
        }

        @Test
        void requires_asset_code_and_asset_issuer() {
            DialectResponse response = f.call("POST", base(CP), "{}");
            assertThat(response.status()).isEqualTo(400);
            JsonNode error = json(response).path("error");
            assertThat(error.path("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(errorFields(response)).containsExactlyInAnyOrder("asset_code", "asset_issuer");
        }

        @Test
        void rejects_an_issuer_that_is_not_a_stellar_account() {
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"GABC\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("asset_issuer");
        }

        @Test
        void rejects_an_asset_the_platform_does_not_have() {
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + USD_ISSUER + "\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("asset_code");
        }

        @Test
        void names_every_bad_field_at_once() {
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER
                    + "\",\"phone_number\":\"call-me\",\"kyc_level\":7,\"status\":\"sleeping\",\"branch_guid\":\"" + "b".repeat(65) + "\",\"login\":\"a\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactlyInAnyOrder("phone_number", "kyc_level", "status", "branch_guid", "login");
        }

        @Test
        void rejects_a_field_of_the_wrong_type_by_name() {
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER
                    + "\",\"kyc_level\":\"1\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("kyc_level");
        }

        @Test
        void rejects_an_unknown_field_by_name() {
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER
                    + "\",\"nickname\":\"x\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("nickname");
        }

        @Test
        void rejects_malformed_json_without_leaking_parser_details() {
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":");
            assertThat(response.status()).isEqualTo(400);
            assertThat(json(response).path("error").path("code").asText()).isEqualTo("MALFORMED_JSON");
            assertThat(response.bodyText()).doesNotContain("Exception").doesNotContain("at com.");
        }

        @Test
        void rejects_a_json_array_body() {
            DialectResponse response = f.call("POST", base(CP), "[1]");
            assertThat(response.status()).isEqualTo(400);
        }

        @Test
        void rejects_a_body_that_is_not_json() {
            DialectRequest request = new DialectRequest("POST", base(CP), "", Map.of("Content-Type", List.of("text/plain")),
                    "asset_code=UAH".getBytes(StandardCharsets.UTF_8)).withHeader("Authorization", "Bearer " + f.token());
            DialectResponse response = f.handler.handle(request);
            assertThat(response.status()).isEqualTo(415);
        }

        @Test
        void rejects_a_body_over_the_limit() {
            CounterpartyHandler small = new CounterpartyHandler(CounterpartyUseCases.from(f.opencif), f.config.withLimits(64, 0, 0));
            DialectRequest request = DialectRequest.json("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER + "\"}")
                    .withHeader("Authorization", "Bearer " + f.token());
            DialectResponse response = small.handle(request);
            assertThat(response.status()).isEqualTo(413);
            assertThat(json(response).path("error").path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        }

        @Test
        void refuses_a_login_already_used_in_the_counterparty() {
            f.create("\"login\":\"taken@example.com\"");
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER
                    + "\",\"login\":\"TAKEN@example.com\"}");
            assertThat(response.status()).isEqualTo(409);
            assertThat(json(response).path("error").path("code").asText()).isEqualTo("DUPLICATE_IDENTIFIER");
            assertThat(response.bodyText()).doesNotContain("taken@example.com");
        }

        @Test
        void rejects_a_malformed_counterparty_guid() {
            String token = CounterpartyFixture.hs256(f.claims("not-a-guid", "customers:write").build());
            DialectResponse response = f.call("POST", base("not-a-guid"), "{}", token);
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("counterparty_guid");
        }

        @Test
        void rejects_a_balance_with_more_decimals_than_the_asset() {
            DialectResponse response = f.call("POST", base(CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER
                    + "\",\"balance_allowed\":1.234}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("balance_allowed");
        }
    }

    @Nested
    class Accounts {
        @Test
        void opens_a_wallet_in_another_asset_and_lists_both() {
            String customer = customerGuid("");
            DialectResponse opened = f.call("POST", base(CP) + "/" + customer + "/accounts",
                    "{\"asset_code\":\"USD\",\"asset_issuer\":\"" + USD_ISSUER + "\"}");
            assertThat(opened.status()).isEqualTo(200);
            assertThat(names(json(opened))).containsExactly("wallet_account_guid");
            DialectResponse list = f.call("GET", base(CP) + "/" + customer + "/accounts", null);
            assertThat(list.status()).isEqualTo(200);
            JsonNode body = json(list);
            assertThat(body.path("total").asInt()).isEqualTo(2);
            assertThat(body.path("accounts").get(1).path("guid").asText()).isEqualTo(json(opened).path("wallet_account_guid").asText());
            assertThat(body.path("accounts").get(1).path("assets").get(0).path("code").asText()).isEqualTo("USD");
        }

        @Test
        void refuses_a_second_wallet_of_the_same_asset() {
            String customer = customerGuid("");
            DialectResponse response = f.call("POST", base(CP) + "/" + customer + "/accounts", "{}");
            assertThat(response.status()).isEqualTo(409);
            assertThat(json(response).path("error").path("message").asText()).contains("ASSET_ACCOUNT");
        }

        @Test
        void keeps_the_given_iban_of_an_additional_wallet() {
            String customer = customerGuid("");
            String iban = Iban.of(CountryCode.of("LT"), "7300010999999999").value();
            f.call("POST", base(CP) + "/" + customer + "/accounts", "{\"iban\":\"" + iban + "\",\"asset_code\":\"USD\",\"asset_issuer\":\"" + USD_ISSUER + "\"}");
            JsonNode filtered = json(f.call("GET", base(CP) + "/" + customer + "/accounts?iban=" + iban, null));
            assertThat(filtered.path("total").asInt()).isEqualTo(1);
            assertThat(filtered.path("accounts").get(0).path("iban").asText()).isEqualTo(iban);
        }

        @Test
        void refuses_an_iban_of_this_bank_for_an_additional_wallet() {
            String customer = customerGuid("");
            String ours = f.adapters.ports().ibans().ibanFor(new AccountNumber("1234567890")).value();
            DialectResponse response = f.call("POST", base(CP) + "/" + customer + "/accounts",
                    "{\"iban\":\"" + ours + "\",\"asset_code\":\"USD\",\"asset_issuer\":\"" + USD_ISSUER + "\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("iban");
            assertThat(json(f.call("GET", base(CP) + "/" + customer + "/accounts", null)).path("total").asInt()).isEqualTo(1);
        }

        @Test
        void requires_both_asset_fields_when_one_is_given() {
            String customer = customerGuid("");
            DialectResponse response = f.call("POST", base(CP) + "/" + customer + "/accounts", "{\"asset_code\":\"USD\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("asset_issuer");
        }

        @Test
        void filters_accounts_by_an_iban_nobody_has() {
            String customer = customerGuid("");
            String iban = Iban.of(CountryCode.of("LT"), "7300010000000001").value();
            JsonNode body = json(f.call("GET", base(CP) + "/" + customer + "/accounts?iban=" + iban, null));
            assertThat(body.path("total").asInt()).isZero();
            assertThat(body.path("accounts")).isEmpty();
        }

        @Test
        void rejects_a_malformed_iban_filter_and_unknown_parameters() {
            String customer = customerGuid("");
            assertThat(errorFields(f.call("GET", base(CP) + "/" + customer + "/accounts?iban=XX", null))).containsExactly("iban");
            assertThat(errorFields(f.call("GET", base(CP) + "/" + customer + "/accounts?currency=UAH", null))).containsExactly("currency");
        }

        @Test
        void answers_404_for_unknown_and_foreign_customers_and_400_for_malformed_guids() {
            assertThat(f.call("GET", base(CP) + "/" + java.util.UUID.randomUUID() + "/accounts", null).status()).isEqualTo(404);
            String foreign = customerOf(OTHER_CP);
            assertThat(f.call("GET", base(CP) + "/" + foreign + "/accounts", null).status()).isEqualTo(404);
            assertThat(f.call("POST", base(CP) + "/" + foreign + "/accounts", "{}").status()).isEqualTo(404);
            DialectResponse malformed = f.call("GET", base(CP) + "/123/accounts", null);
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(errorFields(malformed)).containsExactly("customer_guid");
        }
    }

    private String customerOf(String counterparty) {
        String token = CounterpartyFixture.hs256(f.claims(counterparty, "customers:write").build());
        DialectResponse response = f.call("POST", base(counterparty), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER + "\"}", token);
        assertThat(response.status()).isEqualTo(200);
        return json(response).path("customer_guid").asText();
    }

    private JsonNode listed(String customer) {
        JsonNode body = json(f.call("GET", base(CP) + "?is_disabled=true&wallet_user_guids=" + customer, null));
        assertThat(body.path("total").asInt()).isEqualTo(1);
        return body.path("customers").get(0);
    }

    @Nested
    class UpdateCustomer {
        @Test
        void updates_details_and_answers_an_empty_object() {
            String customer = customerGuid("\"name\":\"Olena\",\"surname\":\"Koval\"");
            String branch = "5b1f6c1e-3a4b-4c5d-8e9f-001122334455";
            DialectResponse response = f.call("PUT", base(CP) + "/" + customer, "{\"surname\":\"Shevchenko\",\"paternal_name\":\"Ivanivna\","
                    + "\"branch_guid\":{\"valid\":true,\"value\":\"" + branch + "\"},\"segment\":\"PL\",\"status\":\"active\",\"kyc_level\":2,"
                    + "\"phone_number\":\"+380501234567\",\"is_disabled\":true,\"balance_allowed\":1000,\"wallet_user_guid\":\"" + customer + "\"}");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("{}");
            JsonNode c = listed(customer);
            assertThat(c.path("name").asText()).isEqualTo("Olena");
            assertThat(c.path("surname").asText()).isEqualTo("Shevchenko");
            assertThat(c.path("paternal_name").asText()).isEqualTo("Ivanivna");
            assertThat(c.path("branch_guid").asText()).isEqualTo(branch);
            assertThat(c.path("segment").asText()).isEqualTo("PL");
            assertThat(c.path("status").asText()).isEqualTo("active");
            assertThat(c.path("kyc_level").asInt()).isEqualTo(2);
            assertThat(c.path("phone_number").asText()).isEqualTo("+380501234567");
            assertThat(c.path("is_disabled").asBoolean()).isTrue();
            assertThat(c.path("balance_allowed").decimalValue()).isEqualByComparingTo("1000");
            assertThat(c.path("balance_asset_code").asText()).isEqualTo("UAH");
        }

        @Test
        void clears_the_branch_when_the_wrapper_is_not_valid() {
            String customer = customerGuid("\"branch_guid\":\"5b1f6c1e-3a4b-4c5d-8e9f-001122334455\"");
            assertThat(f.call("PUT", base(CP) + "/" + customer, "{\"branch_guid\":{\"valid\":false}}").status()).isEqualTo(200);
            assertThat(listed(customer).path("branch_guid").asText()).isEmpty();
        }

        @Test
        void keeps_the_seeds_phone_number_of_plain_digits_as_sent_and_finds_it_by_the_same_digits() {
            String customer = customerGuid("\"phone_number\":\"1124988888888888888888\"");
            assertThat(listed(customer).path("phone_number").asText()).isEqualTo("1124988888888888888888");
            assertThat(ids("phone_numbers=1124988888888888888888")).containsExactly(customer);
            assertThat(f.call("PUT", base(CP) + "/" + customer, "{\"phone_number\":\"0501234567\"}").status()).isEqualTo(200);
            assertThat(listed(customer).path("phone_number").asText()).isEqualTo("0501234567");
        }

        @Test
        void keeps_a_branch_id_that_is_not_a_guid_as_sent_as_the_seeds_example_does() {
            String customer = customerGuid("\"branch_guid\":\"9860\"");
            assertThat(listed(customer).path("branch_guid").asText()).isEqualTo("9860");
            assertThat(f.call("PUT", base(CP) + "/" + customer, "{\"branch_guid\":{\"valid\":true,\"value\":\"text\"}}").status())
                    .isEqualTo(200);
            assertThat(listed(customer).path("branch_guid").asText()).isEqualTo("text");
            assertThat(ids("branch_guids=text")).containsExactly(customer);
        }

        @Test
        void requires_a_value_when_the_wrapper_is_valid() {
            String customer = customerGuid("");
            DialectResponse response = f.call("PUT", base(CP) + "/" + customer, "{\"branch_guid\":{\"valid\":true}}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("branch_guid.value");
        }

        @Test
        void rejects_a_wallet_user_guid_other_than_the_path() {
            String customer = customerGuid("");
            DialectResponse response = f.call("PUT", base(CP) + "/" + customer, "{\"wallet_user_guid\":\"" + java.util.UUID.randomUUID() + "\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("wallet_user_guid");
        }

        @Test
        void refuses_a_status_change_the_lifecycle_forbids() {
            String customer = customerGuid("");
            DialectResponse response = f.call("PUT", base(CP) + "/" + customer, "{\"status\":\"blocked\"}");
            assertThat(response.status()).isEqualTo(409);
            assertThat(json(response).path("error").path("code").asText()).isEqualTo("INVALID_STATE_TRANSITION");
        }

        @Test
        void answers_404_for_another_counterpartys_customer() {
            String foreign = customerOf(OTHER_CP);
            assertThat(f.call("PUT", base(CP) + "/" + foreign, "{\"name\":\"X\"}").status()).isEqualTo(404);
        }

        @Test
        void rejects_malformed_json() {
            String customer = customerGuid("");
            assertThat(f.call("PUT", base(CP) + "/" + customer, "{\"name\":").status()).isEqualTo(400);
        }
    }

    @Nested
    class ListCustomers {
        @Test
        void lists_only_the_counterpartys_customers_with_the_seed_fields() {
            String mine = customerGuid("\"name\":\"Olena\",\"login\":\"olena@example.com\",\"phone_number\":\"00380501112233\"");
            customerOf(OTHER_CP);
            JsonNode body = json(f.call("GET", base(CP), null));
            assertThat(body.path("total").asInt()).isEqualTo(1);
            JsonNode c = body.path("customers").get(0);
            assertThat(names(c)).containsExactlyInAnyOrder("wallet_user_guid", "counterparty_guid", "login", "kyc_level",
                    "is_disabled", "balance_allowed", "balance_asset_code", "balance_asset_issuer", "branch_guid", "branch_name",
                    "name", "paternal_name", "phone_number", "segment", "status", "surname", "created_at", "updated_at");
            assertThat(c.path("wallet_user_guid").asText()).isEqualTo(mine);
            assertThat(c.path("counterparty_guid").asText()).isEqualTo(CP);
            assertThat(c.path("login").asText()).isEqualTo("olena@example.com");
            assertThat(c.path("phone_number").asText()).isEqualTo("+380501112233");
            assertThat(c.path("status").asText()).isEqualTo("prospect");
            assertThat(c.path("balance_allowed").decimalValue()).isZero();
            assertThat(c.path("balance_asset_issuer").asText()).isEqualTo(UAH_ISSUER);
            assertThat(c.path("created_at").asText()).isEqualTo("2026-01-15T09:00:00Z");
        }

        @Test
        void applies_every_filter() {
            String a = customerGuid("\"name\":\"Anna\",\"surname\":\"Bondar\",\"paternal_name\":\"Petrivna\",\"login\":\"anna@x.com\","
                    + "\"phone_number\":\"+380501000001\",\"segment\":\"PL\",\"status\":\"active\",\"kyc_level\":1,\"balance_allowed\":500,"
                    + "\"branch_guid\":\"5b1f6c1e-3a4b-4c5d-8e9f-001122334455\"");
            f.clock.advance(Duration.ofHours(1));
            String b = customerGuid("\"name\":\"Borys\",\"surname\":\"Tkachenko\",\"login\":\"borys@x.com\",\"segment\":\"PI\","
                    + "\"balance_allowed\":2000");
            assertThat(ids("names=anna")).containsExactly(a);
            assertThat(ids("surnames=TKACHENKO")).containsExactly(b);
            assertThat(ids("paternal_names=Petrivna")).containsExactly(a);
            assertThat(ids("logins=borys@x.com&logins=anna@x.com")).containsExactlyInAnyOrder(a, b);
            assertThat(ids("phone_numbers=00380501000001")).containsExactly(a);
            assertThat(ids("segments=PI")).containsExactly(b);
            assertThat(ids("statuses=active")).containsExactly(a);
            assertThat(ids("statuses=active&statuses=prospect")).containsExactlyInAnyOrder(a, b);
            assertThat(ids("kyc_levels=0")).containsExactly(b);
            assertThat(ids("min_balance_allowed=1000")).containsExactly(b);
            assertThat(ids("max_balance_allowed=1000")).containsExactly(a);
            assertThat(ids("balance_asset_codes=UAH")).containsExactlyInAnyOrder(a, b);
            assertThat(ids("balance_asset_issuers=" + USD_ISSUER)).isEmpty();
            assertThat(ids("branch_guids=5b1f6c1e-3a4b-4c5d-8e9f-001122334455")).containsExactly(a);
            assertThat(ids("wallet_user_guids=" + b)).containsExactly(b);
            assertThat(ids("search_string=ORY")).containsExactly(b);
            assertThat(ids("search_string=anna%40x")).containsExactly(a);
            assertThat(ids("min_created_at=2026-01-15T09:30:00Z")).containsExactly(b);
            assertThat(ids("max_created_at=2026-01-15T09:30:00Z")).containsExactly(a);
            assertThat(ids("min_updated_at=2026-01-15T09:00:00Z&max_updated_at=2026-01-15T11:00:00Z")).containsExactlyInAnyOrder(a, b);
            assertThat(ids("statuses=active&segments=PI")).isEmpty();
            assertThat(ids("kyc_levels=1&names=Anna&is_disabled=false")).containsExactly(a);
        }

        @Test
        void lists_array_filters_given_comma_separated_except_names_which_may_hold_a_comma() {
            String a = customerGuid("\"name\":\"Anna\",\"login\":\"anna@x.com\",\"status\":\"active\",\"kyc_level\":1");
            String b = customerGuid("\"name\":\"Borys\",\"login\":\"borys@x.com\"");
            assertThat(ids("kyc_levels=0,1")).containsExactlyInAnyOrder(a, b);
            assertThat(ids("statuses=active,prospect")).containsExactlyInAnyOrder(a, b);
            assertThat(ids("logins=borys@x.com,anna@x.com")).containsExactlyInAnyOrder(a, b);
            assertThat(ids("wallet_user_guids=" + a + "," + b)).containsExactlyInAnyOrder(a, b);
            assertThat(ids("names=Anna,Borys")).isEmpty();
            assertThat(errorFields(f.call("GET", base(CP) + "?kyc_levels=1,", null))).containsExactly("kyc_levels");
        }

        @Test
        void is_disabled_includes_disabled_customers_which_are_otherwise_left_out() {
            String active = customerGuid("\"name\":\"Anna\"");
            String disabled = customerGuid("\"name\":\"Chrystia\",\"is_disabled\":true");
            assertThat(ids("")).containsExactly(active);
            assertThat(ids("is_disabled=false")).containsExactly(active);
            assertThat(ids("is_disabled=true")).containsExactlyInAnyOrder(active, disabled);
            assertThat(ids("names=Chrystia")).isEmpty();
            assertThat(ids("names=Chrystia&is_disabled=true")).containsExactly(disabled);
        }

        @Test
        void orders_and_pages() {
            String a = customerGuid("\"surname\":\"Adamenko\"");
            f.clock.advance(Duration.ofMinutes(1));
            String b = customerGuid("\"surname\":\"Zub\"");
            f.clock.advance(Duration.ofMinutes(1));
            String c = customerGuid("\"surname\":\"Melnyk\"");
            assertThat(ids("")).containsExactly(a, b, c);
            assertThat(ids("ordering=created_at_desc")).containsExactly(c, b, a);
            assertThat(ids("ordering=surname_asc")).containsExactly(a, c, b);
            JsonNode page = json(f.call("GET", base(CP) + "?offset=1&limit=1", null));
            assertThat(page.path("total").asInt()).isEqualTo(3);
            assertThat(page.path("customers").get(0).path("wallet_user_guid").asText()).isEqualTo(b);
            JsonNode beyond = json(f.call("GET", base(CP) + "?offset=10", null));
            assertThat(beyond.path("customers")).isEmpty();
            assertThat(beyond.path("total").asInt()).isEqualTo(3);
            assertThat(json(f.call("GET", base(CP) + "?limit=200", null)).path("total").asInt()).isEqualTo(3);
        }

        @Test
        void rejects_bad_paging_ordering_and_filters() {
            assertThat(errorFields(f.call("GET", base(CP) + "?limit=0", null))).containsExactly("limit");
            assertThat(errorFields(f.call("GET", base(CP) + "?limit=201", null))).containsExactly("limit");
            assertThat(errorFields(f.call("GET", base(CP) + "?offset=-1", null))).containsExactly("offset");
            assertThat(errorFields(f.call("GET", base(CP) + "?offset=x", null))).containsExactly("offset");
            assertThat(errorFields(f.call("GET", base(CP) + "?ordering=name", null))).containsExactly("ordering");
            assertThat(errorFields(f.call("GET", base(CP) + "?min_created_at=yesterday", null))).containsExactly("min_created_at");
            assertThat(errorFields(f.call("GET", base(CP) + "?kyc_levels=9", null))).containsExactly("kyc_levels");
            assertThat(errorFields(f.call("GET", base(CP) + "?wallet_user_guids=abc", null))).containsExactly("wallet_user_guids");
            assertThat(errorFields(f.call("GET", base(CP) + "?is_disabled=maybe", null))).containsExactly("is_disabled");
            assertThat(errorFields(f.call("GET", base(CP) + "?statuses=asleep", null))).containsExactly("statuses");
            assertThat(errorFields(f.call("GET", base(CP) + "?min_balance_allowed=5&max_balance_allowed=1", null)))
                    .containsExactly("min_balance_allowed");
            assertThat(errorFields(f.call("GET", base(CP) + "?limit=1&limit=2", null))).containsExactly("limit");
            assertThat(errorFields(f.call("GET", base(CP) + "?colour=red", null))).containsExactly("colour");
        }
    }

    private List<String> ids(String query) {
        DialectResponse response = f.call("GET", base(CP) + (query.isEmpty() ? "" : "?" + query), null);
        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).path("customers").forEach(c -> ids.add(c.path("wallet_user_guid").asText()));
        return ids;
    }

    @Nested
    class Authentication {
        private DialectResponse get(String token) {
            return f.call("GET", base(CP), null, token);
        }

        @Test
        void requires_a_bearer_token() {
            DialectResponse response = f.call("GET", base(CP), null, null);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.headers().get("WWW-Authenticate")).startsWith("Bearer realm=");
            DialectRequest basic = new DialectRequest("GET", base(CP), "", Map.of("Authorization", List.of("Basic dXNlcjpwYXNz")), null);
            assertThat(f.handler.handle(basic).status()).isEqualTo(401);
        }

        @Test
        void refuses_expired_and_not_yet_valid_tokens() {
            String expired = CounterpartyFixture.hs256(f.claims(CP, "customers:read")
                    .expirationTime(Date.from(f.clock.instant().minus(Duration.ofMinutes(5)))).build());
            DialectResponse response = get(expired);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.headers().get("WWW-Authenticate")).contains("invalid_token");
            String early = CounterpartyFixture.hs256(f.claims(CP, "customers:read")
                    .notBeforeTime(Date.from(f.clock.instant().plus(Duration.ofMinutes(5)))).build());
            assertThat(get(early).status()).isEqualTo(401);
            String noExpiry = CounterpartyFixture.hs256(f.claims(CP, "customers:read").expirationTime(null).build());
            assertThat(get(noExpiry).status()).isEqualTo(401);
        }

        @Test
        void refuses_a_token_it_accepted_before_once_the_token_expired() {
            String token = f.token();
            assertThat(get(token).status()).isEqualTo(200);
            assertThat(get(token).status()).isEqualTo(200);

            f.clock.advance(Duration.ofMinutes(11));

            DialectResponse response = get(token);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.headers().get("WWW-Authenticate")).contains("the token has expired");
        }

        @Test
        void tolerates_the_configured_clock_skew() {
            String justExpired = CounterpartyFixture.hs256(f.claims(CP, "customers:read")
                    .expirationTime(Date.from(f.clock.instant().minus(Duration.ofSeconds(30)))).build());
            assertThat(get(justExpired).status()).isEqualTo(200);
        }

        @Test
        void refuses_wrong_signatures_issuers_audiences_and_garbage() {
            assertThat(get(CounterpartyFixture.hs256(f.claims(CP, "customers:read").build(), "another-secret-of-at-least-32-bytes!!")).status())
                    .isEqualTo(401);
            assertThat(get(CounterpartyFixture.rs256(f.claims(CP, "customers:read").build(), CounterpartyFixture.OTHER_RSA)).status())
                    .isEqualTo(401);
            assertThat(get(CounterpartyFixture.hs256(f.claims(CP, "customers:read").issuer("https://evil.test").build())).status())
                    .isEqualTo(401);
            assertThat(get(CounterpartyFixture.hs256(f.claims(CP, "customers:read").audience("other-api").build())).status())
                    .isEqualTo(401);
            assertThat(get("not.a.jwt").status()).isEqualTo(401);
            String valid = f.token();
            String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
            assertThat(get(tampered).status()).isEqualTo(401);
        }

        @Test
        void accepts_rs256_tokens() {
            assertThat(get(CounterpartyFixture.rs256(f.claims(CP, "customers:read").build(), CounterpartyFixture.RSA)).status())
                    .isEqualTo(200);
        }

        @Test
        void forbids_another_counterpartys_token() {
            DialectResponse response = get(CounterpartyFixture.hs256(f.claims(OTHER_CP, "customers:read").build()));
            assertThat(response.status()).isEqualTo(403);
            assertThat(json(response).path("error").path("code").asText()).isEqualTo("FORBIDDEN");
            String noClaim = CounterpartyFixture.hs256(f.claims(CP, "customers:read").claim("counterparty_guid", null).build());
            assertThat(get(noClaim).status()).isEqualTo(403);
        }

        @Test
        void gates_reads_and_writes_by_role() {
            String reader = CounterpartyFixture.hs256(f.claims(CP, "customers:read").build());
            String writer = CounterpartyFixture.hs256(f.claims(CP, "customers:write").build());
            String nobody = CounterpartyFixture.hs256(f.claims(CP).build());
            String body = "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER + "\"}";
            assertThat(f.call("POST", base(CP), body, reader).status()).isEqualTo(403);
            assertThat(f.call("POST", base(CP), body, writer).status()).isEqualTo(200);
            assertThat(get(reader).status()).isEqualTo(200);
            assertThat(get(writer).status()).isEqualTo(200);
            assertThat(get(nobody).status()).isEqualTo(403);
            String spaceSeparated = CounterpartyFixture.hs256(f.claims(CP).claim("roles", "customers:read other").build());
            assertThat(get(spaceSeparated).status()).isEqualTo(200);
        }
    }

    @Nested
    class Routing {
        @Test
        void answers_404_for_unknown_paths_and_405_with_allow_for_wrong_methods() {
            assertThat(f.call("GET", "/api/v1/counterparty/" + CP + "/employees", null).status()).isEqualTo(404);
            DialectResponse wrong = f.call("DELETE", base(CP), null);
            assertThat(wrong.status()).isEqualTo(405);
            assertThat(wrong.headers().get("Allow")).isEqualTo("POST, GET");
        }

        @Test
        void lists_its_routes() {
            assertThat(CounterpartyHandler.routes()).hasSize(5)
                    .contains("PUT /api/v1/counterparty/{counterparty_guid}/customers/{customer_guid}");
        }
    }
}
