package dev.opencif.adapter.esb.accountservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.adapter.esb.EsbFixture;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.account.OpenAccountCommand;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.shared.Channel;
import dev.opencif.application.port.out.LoadCustomerPort;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountServiceHandlerTest {
    private static final List<String> SEED_OPERATIONS = List.of("get-account-list", "create-current-account",
            "create-nice-hold-acct", "close-izi-mobile-acct", "inquiry-nice-acct", "inquiry-nice-acct-online",
            "get-customer-info", "updateEkycLimit", "update-blacklist-customer", "update-protect-agreement",
            "valid-ekyc-customer", "valid-izi-mobile-user", "valid-legal-id", "valid-phone-number", "update-user-ib-status",
            "get-user-info-ebank", "get-customer-by-id", "create-ekyc-account");

    private final EsbFixture fx = new EsbFixture();
    private final AccountServiceHandler handler = fx.esb();

    // ---- envelope and transport ----------------------------------------------------------------------

    @Test
    void serves_every_seed_operation() {
        assertThat(handler.operations()).containsExactlyElementsOf(SEED_OPERATIONS);
        for (String operation : SEED_OPERATIONS) {
            DialectResponse response = handler.handle(request(operation, "{}"));
            assertThat(response.operation()).isEqualTo(operation);
            assertThat(json(response).at("/header/resultCode").asText()).as(operation).isIn("00", "01");
        }
    }

    @Test
    void accepts_an_environment_prefix_before_accountService() {
        DialectResponse response = handler.handle(DialectRequest.json("POST", "/esbuat7801/accountService/v1/create-ekyc-account",
                envelope(ekycData("079203004512", "0912345678", "nguyenvanan"))));
        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).at("/header/resultCode").asText()).isEqualTo("00");
        assertThat(response.operation()).isEqualTo("create-ekyc-account");
    }

    @Test
    void echoes_the_header_without_the_secret_and_adds_result_and_time() {
        DialectResponse response = handler.handle(DialectRequest.json("POST", "/accountService/v1/valid-phone-number",
                envelope("{\"phoneNumber\":\"0912345678\"}", "req-0001")));
        JsonNode header = json(response).get("header");
        assertThat(header.get("requestId").asText()).isEqualTo("req-0001");
        assertThat(header.get("channel").asText()).isEqualTo("MB");
        assertThat(header.get("clientId").asText()).isEqualTo(EsbFixture.ESB_CLIENT);
        assertThat(header.get("requestTime").asText()).isEqualTo("2026-01-15T16:00:00+07:00");
        assertThat(header.get("responseTime").asText()).isEqualTo("2026-01-15T09:00:00Z");
        assertThat(header.get("resultMessage").asText()).isEqualTo("Success");
        assertThat(header.has("clientSecret")).isFalse();
    }

    @Test
    void rejects_an_unknown_operation_with_404() {
        DialectResponse response = handler.handle(request("get-everything", "{}"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(json(response).at("/header/resultCode").asText()).isEqualTo("13");
        assertThat(json(response).at("/header/resultMessage").asText()).contains("get-account-list");
        assertThat(handler.handle(DialectRequest.json("POST", "/a/b/accountService/v1/get-account-list", envelope("{}"))).status())
                .isEqualTo(404);
    }

    @Test
    void rejects_other_methods_than_post_with_405() {
        DialectResponse response = handler.handle(new DialectRequest("GET", "/accountService/v1/get-account-list", "", Map.of(), null));
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers()).containsEntry("Allow", "POST");
        assertThat(json(response).at("/header/resultCode").asText()).isEqualTo("14");
    }

    @Test
    void rejects_a_body_that_is_not_json_with_415() {
        DialectRequest request = new DialectRequest("POST", "/accountService/v1/get-account-list", "",
                Map.of("Content-Type", List.of("text/plain")), envelope("{\"cif\":\"1\"}").getBytes(StandardCharsets.UTF_8));
        DialectResponse response = handler.handle(request);
        assertThat(response.status()).isEqualTo(415);
        assertThat(json(response).at("/header/resultCode").asText()).isEqualTo("11");
        DialectRequest latin1 = new DialectRequest("POST", "/accountService/v1/get-account-list", "",
                Map.of("Content-Type", List.of("application/json; charset=ISO-8859-1")), envelope("{}").getBytes(StandardCharsets.UTF_8));
        assertThat(handler.handle(latin1).status()).isEqualTo(415);
    }

    @Test
    void rejects_an_oversized_body_with_413() {
        AccountServiceHandler small = fx.esb(EsbConfig.defaults(fx.clock).withMaxBodyBytes(300));
        DialectResponse response = small.handle(request("get-account-list", "{\"cif\":\"" + "1".repeat(400) + "\"}"));
        assertThat(response.status()).isEqualTo(413);
        assertThat(json(response).at("/header/resultCode").asText()).isEqualTo("12");
    }

    @Test
    void rejects_malformed_json_with_400_naming_the_line() {
        DialectResponse response = handler.handle(DialectRequest.json("POST", "/accountService/v1/get-account-list",
                "{\n\"header\": {\"requestId\": \"r1\"},\n\"data\": {\"cif: \"1000000001\"}\n}"));
        assertThat(response.status()).isEqualTo(400);
        JsonNode header = json(response).get("header");
        assertThat(header.get("resultCode").asText()).isEqualTo("10");
        assertThat(header.get("resultMessage").asText()).as("no echo of the request").contains("line 3").doesNotContain("1000000001");
        assertThat(handler.handle(DialectRequest.json("POST", "/accountService/v1/get-account-list", "[1,2]")).status()).isEqualTo(400);
        assertThat(handler.handle(DialectRequest.json("POST", "/accountService/v1/get-account-list", "")).status()).isEqualTo(400);
        assertThat(handler.handle(DialectRequest.json("POST", "/accountService/v1/get-account-list",
                "{\"header\":{},\"header\":{}}")).status()).isEqualTo(400);
    }

    @Test
    void rejects_a_header_without_request_id_naming_the_field() {
        String body = "{\"header\":{\"channel\":\"MB\",\"clientId\":\"" + EsbFixture.ESB_CLIENT + "\",\"clientSecret\":\""
                + EsbFixture.ESB_SECRET + "\"},\"data\":{}}";
        DialectResponse response = handler.handle(DialectRequest.json("POST", "/accountService/v1/get-account-list", body));
        assertThat(response.status()).isEqualTo(400);
        JsonNode header = json(response).get("header");
        assertThat(header.get("resultCode").asText()).isEqualTo("15");
        assertThat(header.at("/errors/0/field").asText()).isEqualTo("header.requestId");
        assertThat(header.get("channel").asText()).isEqualTo("MB");
    }

    @Test
    void rejects_a_request_time_without_offset() {
        String body = envelope("{}").replace("2026-01-15T16:00:00+07:00", "15/01/2026 16:00");
        DialectResponse response = handler.handle(DialectRequest.json("POST", "/accountService/v1/get-account-list", body));
        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).at("/header/errors/0/field").asText()).isEqualTo("header.requestTime");
    }

    @Test
    void rejects_wrong_or_missing_credentials_with_401() {
        DialectResponse wrong = handler.handle(DialectRequest.json("POST", "/accountService/v1/get-account-list",
                envelope("{\"cif\":\"1000000001\"}").replace(EsbFixture.ESB_SECRET, "guess")));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(json(wrong).at("/header/resultCode").asText()).isEqualTo("08");
        assertThat(json(wrong).get("data").isNull()).isTrue();
        DialectResponse unknown = handler.handle(DialectRequest.json("POST", "/accountService/v1/get-account-list",
                envelope("{}").replace(EsbFixture.ESB_CLIENT, "someone-else")));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(json(unknown).at("/header/resultMessage").asText()).isEqualTo(json(wrong).at("/header/resultMessage").asText());
        String noSecret = "{\"header\":{\"requestId\":\"r\",\"channel\":\"MB\",\"clientId\":\"" + EsbFixture.ESB_CLIENT + "\"},\"data\":{}}";
        assertThat(handler.handle(DialectRequest.json("POST", "/accountService/v1/get-account-list", noSecret)).status()).isEqualTo(401);
    }

    @Test
    void accepts_basic_authorization_instead_of_header_secret() {
        String body = "{\"header\":{\"requestId\":\"r-basic\",\"channel\":\"IB\"},\"data\":{\"username\":\"free.name\"}}";
        String basic = Base64.getEncoder().encodeToString((EsbFixture.ESB_CLIENT + ":" + EsbFixture.ESB_SECRET).getBytes(StandardCharsets.UTF_8));
        DialectRequest request = DialectRequest.json("POST", "/accountService/v1/valid-izi-mobile-user", body).withHeader("Authorization", "Basic " + basic);
        DialectResponse response = handler.handle(request);
        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).at("/data/exists").asBoolean()).isFalse();
        String mismatched = body.replace("\"channel\":\"IB\"", "\"channel\":\"IB\",\"clientId\":\"other\"");
        assertThat(handler.handle(DialectRequest.json("POST", "/accountService/v1/valid-izi-mobile-user", mismatched)
                .withHeader("Authorization", "Basic " + basic)).status()).isEqualTo(401);
        assertThat(handler.handle(DialectRequest.json("POST", "/accountService/v1/valid-izi-mobile-user", body)
                .withHeader("Authorization", "Bearer abc")).status()).isEqualTo(401);
        assertThat(handler.handle(DialectRequest.json("POST", "/accountService/v1/valid-izi-mobile-user", body)
                .withHeader("Authorization", "Basic !!!")).status()).isEqualTo(401);
    }

    @Test
    void reports_a_missing_data_object_as_result_01() {
        String body = envelope("{}").replace(",\"data\":{}", "");
        JsonNode answer = json(handler.handle(DialectRequest.json("POST", "/accountService/v1/get-account-list", body)));
        assertThat(answer.at("/header/resultCode").asText()).isEqualTo("01");
        assertThat(answer.at("/header/errors/0/field").asText()).isEqualTo("data");
    }

    @Test
    void names_the_field_of_a_value_of_the_wrong_type() {
        JsonNode answer = fail("updateEkycLimit", "{\"cif\":\"1000000001\",\"limit\":{\"amount\":1}}", "01");
        assertThat(answer.at("/header/errors/0/field").asText()).isEqualTo("data.limit");
        assertThat(answer.at("/header/errors/0/message").asText()).isEqualTo("must be a number");
    }

    @Test
    void answers_an_unexpected_failure_with_500_and_a_generic_message() {
        OpenCifPorts ports = fx.adapters.ports();
        LoadCustomerPort broken = (LoadCustomerPort) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LoadCustomerPort.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("connection refused: db-primary:5432");
                });
        AccountServiceHandler failing = new AccountServiceHandler(AccountServiceUseCases.from(OpenCif.builder().ports(EsbFixture.withPort(ports, LoadCustomerPort.class, broken)).build()),
                EsbConfig.defaults(fx.clock));
        DialectResponse response = failing.handle(DialectRequest.json("POST", "/accountService/v1/get-customer-by-id",
                envelope("{\"cif\":\"1000000001\"}", "req-0001")));
        assertThat(response.status()).isEqualTo(500);
        assertThat(json(response).at("/header/resultCode").asText()).isEqualTo("99");
        assertThat(response.bodyText()).doesNotContain("db-primary").doesNotContain("IllegalStateException").contains("req-0001");
    }

    // ---- eKYC combo and availability checks ----------------------------------------------------------

    @Test
    void create_ekyc_account_issues_customer_account_and_user_together() {
        JsonNode data = ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan")).get("data");
        assertThat(data.get("cif").asText()).isEqualTo("1000000001");
        assertThat(data.get("customerStatus").asText()).isEqualTo("ACTIVE");
        assertThat(data.get("kycLevel").asText()).isEqualTo("EKYC");
        assertThat(data.get("productType").asText()).isEqualTo("EKYC_PAYMENT_ACCOUNT");
        assertThat(data.get("currency").asText()).isEqualTo("VND");
        assertThat(data.get("userStatus").asText()).isEqualTo("ACTIVE");
        JsonNode customer = ok("get-customer-by-id", cif("1000000001")).get("data");
        assertThat(customer.get("legalId").asText()).isEqualTo("079203004512");
        assertThat(customer.get("legalIdType").asText()).isEqualTo("CCCD");
        assertThat(customer.get("phoneNumber").asText()).isEqualTo("+84912345678");
        assertThat(customer.get("fullName").asText()).isEqualTo("Trần Thị Lan");
        assertThat(customer.at("/addresses/0/city").asText()).isEqualTo("Hà Nội");
        assertThat(ok("get-account-list", cif("1000000001")).at("/data/accounts/0/accountNo").asText()).isEqualTo(data.get("accountNo").asText());
        assertThat(ok("get-user-info-ebank", "{\"cif\":\"1000000001\",\"username\":\"nguyenvanan\"}").at("/data/userStatus").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void get_account_list_lists_payment_accounts_only_unless_all_products_are_asked_for() {
        String payment = ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan")).at("/data/accountNo").asText();
        String savings = fx.opencif.openAccount().open(new OpenAccountCommand(Origin.of(Channel.EMBEDDED),
                CustomerRef.number(CustomerNumber.parse("1000000001")), Viewer.bank(), ProductType.SAVINGS_ACCOUNT,
                Asset.currency("VND", 0), null)).number().toString();
        assertThat(ok("get-account-list", cif("1000000001")).at("/data/accounts").findValuesAsText("accountNo"))
                .containsExactly(payment);
        assertThat(ok("get-account-list", "{\"cif\":\"1000000001\",\"allProducts\":true}").at("/data/accounts")
                .findValuesAsText("accountNo")).containsExactly(payment, savings);
    }

    @Test
    void create_ekyc_account_refuses_a_taken_legal_id_and_leaves_nothing_behind() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        JsonNode answer = fail("create-ekyc-account", ekycData("079203004512", "0987654321", "lan.tran"), "04");
        assertThat(answer.at("/header/errorCode").asText()).isEqualTo("DUPLICATE_IDENTIFIER");
        assertThat(answer.at("/header/resultMessage").asText()).isEqualTo("NATIONAL_ID is already in use").doesNotContain("1000000001");
        assertThat(ok("valid-phone-number", "{\"phoneNumber\":\"0987654321\"}").at("/data/exists").asBoolean()).isFalse();
        assertThat(ok("valid-izi-mobile-user", "{\"username\":\"lan.tran\"}").at("/data/exists").asBoolean()).isFalse();
    }

    @Test
    void create_ekyc_account_refuses_a_taken_username_atomically() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        JsonNode answer = fail("create-ekyc-account", ekycData("001099012345", "0987654321", "nguyenvanan"), "04");
        assertThat(answer.at("/header/resultMessage").asText()).isEqualTo("BANKING_USERNAME is already in use");
        assertThat(ok("valid-legal-id", "{\"legalId\":\"001099012345\"}").at("/data/exists").asBoolean()).isFalse();
    }

    @Test
    void create_ekyc_account_names_missing_and_invalid_fields() {
        assertThat(fail("create-ekyc-account", ekycData("07920300451", "0912345678", "nguyenvanan"), "01")
                .at("/header/errors/0/field").asText()).isEqualTo("data.legalId");
        assertThat(fail("create-ekyc-account", ekycData("079203004512", "0912345678", "ab"), "01")
                .at("/header/errors/0/field").asText()).isEqualTo("data.username");
        assertThat(fail("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan").replace("\"firstName\":\"Lan\",", ""), "01")
                .at("/header/errors/0/field").asText()).isEqualTo("data.firstName");
        assertThat(fail("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan").replace("1996-02-29", "2030-01-01"), "01")
                .at("/header/errors/0/field").asText()).isEqualTo("data.birthDate");
        assertThat(fail("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan").replace("1996-02-29", "29.02.1996"), "01")
                .at("/header/errors/0/field").asText()).isEqualTo("data.birthDate");
        assertThat(fail("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan").replace("lan.tran@example.vn", "lan.tran"), "01")
                .at("/header/errors/0/field").asText()).isEqualTo("data.email");
        assertThat(fail("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan").replace("\"currency\":\"VND\"", "\"currency\":\"USD\""), "01")
                .at("/header/errors/0/field").asText()).isEqualTo("data.currency");
        assertThat(fail("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan").replace("\"city\":\"Hà Nội\",", ""), "01")
                .at("/header/errors/0/field").asText()).isEqualTo("data.address.city");
    }

    @Test
    void availability_checks_say_exists_and_never_whose() {
        assertThat(ok("valid-legal-id", "{\"legalId\":\"079203004512\"}").at("/data/exists").asBoolean()).isFalse();
        assertThat(ok("valid-phone-number", "{\"phoneNumber\":\"091 234 5678\"}").get("data").toString())
                .isEqualTo("{\"phoneNumber\":\"+84912345678\",\"exists\":false}");
        assertThat(ok("valid-izi-mobile-user", "{\"username\":\"NguyenVanAn\"}").get("data").toString())
                .isEqualTo("{\"username\":\"nguyenvanan\",\"exists\":false}");
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        JsonNode legal = ok("valid-legal-id", "{\"legalId\":\"079203004512\",\"legalIdType\":\"CCCD\"}").get("data");
        assertThat(legal.toString()).isEqualTo("{\"legalId\":\"079203004512\",\"legalIdType\":\"CCCD\",\"exists\":true}");
        assertThat(ok("valid-phone-number", "{\"phoneNumber\":\"+84912345678\"}").at("/data/exists").asBoolean()).isTrue();
        assertThat(ok("valid-izi-mobile-user", "{\"username\":\"nguyenvanan\"}").at("/data/exists").asBoolean()).isTrue();
        assertThat(ok("valid-legal-id", "{\"legalId\":\"" + EsbFixture.ELIF_TCKN + "\",\"legalIdType\":\"TCKN\"}").at("/data/exists").asBoolean()).isFalse();
    }

    @Test
    void availability_checks_name_invalid_fields() {
        assertThat(fail("valid-legal-id", "{\"legalId\":\"12345\"}", "01").at("/header/errors/0/field").asText()).isEqualTo("data.legalId");
        assertThat(fail("valid-legal-id", "{\"legalId\":\"12345678901\",\"legalIdType\":\"TCKN\"}", "01").at("/header/errors/0/message").asText())
                .contains("check digits");
        assertThat(fail("valid-legal-id", "{\"legalId\":\"B1234567\",\"legalIdType\":\"PASSPORT\"}", "01").at("/header/errors/0/field").asText())
                .isEqualTo("data.issuingCountry");
        assertThat(ok("valid-legal-id", "{\"legalId\":\"B1234567\",\"legalIdType\":\"PASSPORT\",\"issuingCountry\":\"VN\"}").at("/data/exists").asBoolean()).isFalse();
        assertThat(fail("valid-legal-id", "{\"legalId\":\"079203004512\",\"legalIdType\":\"SSN\"}", "01").at("/header/errors/0/field").asText())
                .isEqualTo("data.legalIdType");
        assertThat(fail("valid-legal-id", "{}", "01").at("/header/errors/0/field").asText()).isEqualTo("data.legalId");
        assertThat(fail("valid-phone-number", "{\"phoneNumber\":\"abc\"}", "01").at("/header/errors/0/field").asText()).isEqualTo("data.phoneNumber");
        assertThat(fail("valid-izi-mobile-user", "{\"username\":\"a b\"}", "01").at("/header/errors/0/field").asText()).isEqualTo("data.username");
    }

    @Test
    void valid_ekyc_customer_tells_whether_ekyc_is_complete() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        Customer standard = CustomerBuilder.aCustomer().withKyc(KycLevel.NONE).savedIn(fx.adapters.ports());
        assertThat(ok("valid-ekyc-customer", cif("1000000001")).get("data").toString())
                .isEqualTo("{\"exists\":true,\"ekycCompleted\":true,\"kycLevel\":\"EKYC\",\"verifiedAt\":\"2026-01-15T08:40:00Z\"}");
        assertThat(ok("valid-ekyc-customer", "{\"legalId\":\"079203004512\"}").at("/data/ekycCompleted").asBoolean()).isTrue();
        assertThat(ok("valid-ekyc-customer", "{\"phoneNumber\":\"0912345678\"}").at("/data/ekycCompleted").asBoolean()).isTrue();
        assertThat(ok("valid-ekyc-customer", cif(standard.number().toString())).get("data").toString())
                .isEqualTo("{\"exists\":true,\"ekycCompleted\":false,\"kycLevel\":\"NONE\"}");
        assertThat(ok("valid-ekyc-customer", cif("999999")).get("data").toString()).isEqualTo("{\"exists\":false,\"ekycCompleted\":false}");
        assertThat(fail("valid-ekyc-customer", "{}", "01").at("/header/errors/0/field").asText()).isEqualTo("data");
        assertThat(fail("valid-ekyc-customer", "{\"cif\":\"1000000001\",\"phoneNumber\":\"0912345678\"}", "01")
                .at("/header/resultMessage").asText()).contains("exactly one");
    }

    // ---- customers and accounts ----------------------------------------------------------------------

    @Test
    void reads_customer_info_and_customer_by_id() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        JsonNode info = ok("get-customer-info", cif("1000000001")).get("data");
        assertThat(info.get("fullName").asText()).isEqualTo("Trần Thị Lan");
        assertThat(info.get("email").asText()).isEqualTo("lan.tran@example.vn");
        assertThat(info.has("legalId")).isFalse();
        JsonNode byId = ok("get-customer-by-id", "{\"cif\":1000000001}").get("data");
        assertThat(byId.get("birthDate").asText()).isEqualTo("1996-02-29");
        assertThat(byId.get("blacklisted").asBoolean()).isFalse();
        assertThat(fail("get-customer-info", cif("1000000999"), "02").at("/header/resultMessage").asText()).contains("CIF 1000000999");
        assertThat(fail("get-customer-by-id", cif("1000000999"), "02").at("/header/errorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(fail("get-customer-by-id", cif("CIF-1"), "01").at("/header/errors/0/field").asText()).isEqualTo("data.cif");
        assertThat(fail("get-customer-by-id", "{}", "01").at("/header/errors/0/message").asText()).isEqualTo("is required");
    }

    @Test
    void lists_accounts_and_opens_current_accounts() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        JsonNode opened = ok("create-current-account", "{\"cif\":\"1000000001\"}").get("data");
        assertThat(opened.get("productType").asText()).isEqualTo("CURRENT_ACCOUNT");
        assertThat(opened.get("accountStatus").asText()).isEqualTo("ACTIVE");
        JsonNode list = ok("get-account-list", cif("1000000001")).get("data");
        assertThat(list.get("accounts")).hasSize(2);
        assertThat(list.at("/accounts/1/accountNo").asText()).isEqualTo(opened.get("accountNo").asText());
        assertThat(list.at("/accounts/1/balance").toString()).isEqualTo("0");
        assertThat(fail("get-account-list", cif("1000000999"), "02").at("/header/errorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(fail("create-current-account", cif("1000000999"), "02").at("/header/errorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(fail("create-current-account", "{\"cif\":\"1000000001\",\"currency\":\"EUR\"}", "01").at("/header/errors/0/field").asText())
                .isEqualTo("data.currency");
    }

    @Test
    void refuses_a_current_account_for_a_blacklisted_customer() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        ok("update-blacklist-customer", "{\"cif\":\"1000000001\",\"action\":\"BLOCK\",\"reason\":\"fraud alert 2026-118\"}");
        JsonNode answer = fail("create-current-account", cif("1000000001"), "09");
        assertThat(answer.at("/header/rule").asText()).isEqualTo("CUSTOMER_NOT_ELIGIBLE");
    }

    @Test
    void updates_the_ekyc_limit_only_of_ekyc_customers() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        assertThat(ok("updateEkycLimit", "{\"cif\":\"1000000001\",\"limit\":100000000}").get("data").toString())
                .isEqualTo("{\"cif\":\"1000000001\",\"kycLevel\":\"EKYC\",\"ekycLimit\":100000000,\"currency\":\"VND\"}");
        assertThat(ok("get-customer-by-id", cif("1000000001")).at("/data/ekycLimit").toString()).isEqualTo("100000000");
        Customer standard = CustomerBuilder.aCustomer().savedIn(fx.adapters.ports());
        JsonNode refused = fail("updateEkycLimit", "{\"cif\":\"" + standard.number() + "\",\"limit\":\"5000000\"}", "09");
        assertThat(refused.at("/header/rule").asText()).isEqualTo("LIMIT_NOT_APPLICABLE");
        assertThat(fail("updateEkycLimit", "{\"cif\":\"1000000001\",\"limit\":-5}", "01").at("/header/errors/0/field").asText()).isEqualTo("data.limit");
        assertThat(fail("updateEkycLimit", "{\"cif\":\"1000000001\",\"limit\":1000.5}", "01").at("/header/errors/0/field").asText()).isEqualTo("data.limit");
        assertThat(fail("updateEkycLimit", "{\"cif\":\"1000000001\"}", "01").at("/header/errors/0/field").asText()).isEqualTo("data.limit");
        assertThat(fail("updateEkycLimit", "{\"cif\":\"1000000999\",\"limit\":1}", "02").at("/header/errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void blacklists_and_unblocks_a_customer_with_accounts_and_users() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        JsonNode blocked = ok("update-blacklist-customer", "{\"cif\":\"1000000001\",\"action\":\"BLOCK\",\"reason\":\"fraud alert 2026-118\"}").get("data");
        assertThat(blocked.get("customerStatus").asText()).isEqualTo("BLOCKED");
        assertThat(blocked.get("blacklisted").asBoolean()).isTrue();
        assertThat(blocked.at("/accounts/0/accountStatus").asText()).isEqualTo("BLOCKED");
        assertThat(blocked.at("/users/0/userStatus").asText()).isEqualTo("LOCKED");
        assertThat(fail("update-blacklist-customer", "{\"cif\":\"1000000001\",\"action\":\"BLOCK\",\"reason\":\"again\"}", "09")
                .at("/header/rule").asText()).isEqualTo("ALREADY_BLACKLISTED");
        JsonNode lifted = ok("update-blacklist-customer", "{\"cif\":\"1000000001\",\"action\":\"unblock\"}").get("data");
        assertThat(lifted.get("customerStatus").asText()).isEqualTo("ACTIVE");
        assertThat(lifted.has("reason")).isFalse();
        assertThat(lifted.at("/accounts/0/accountStatus").asText()).isEqualTo("ACTIVE");
        assertThat(lifted.at("/users/0/userStatus").asText()).isEqualTo("ACTIVE");
        assertThat(fail("update-blacklist-customer", "{\"cif\":\"1000000001\",\"action\":\"UNBLOCK\"}", "09").at("/header/rule").asText())
                .isEqualTo("NOT_BLACKLISTED");
        assertThat(fail("update-blacklist-customer", "{\"cif\":\"1000000001\",\"action\":\"BLOCK\"}", "01").at("/header/errors/0/field").asText())
                .isEqualTo("data.reason");
        assertThat(fail("update-blacklist-customer", "{\"cif\":\"1000000001\",\"action\":\"FREEZE\"}", "01").at("/header/errors/0/field").asText())
                .isEqualTo("data.action");
        assertThat(fail("update-blacklist-customer", "{\"cif\":\"1000000999\",\"action\":\"BLOCK\",\"reason\":\"x\"}", "02")
                .at("/header/errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void records_and_revokes_the_data_protection_consent() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        assertThat(fail("update-protect-agreement", "{\"cif\":\"1000000001\",\"agreed\":false}", "02").at("/header/errorCode").asText())
                .isEqualTo("NOT_FOUND");
        JsonNode granted = ok("update-protect-agreement", "{\"cif\":\"1000000001\",\"agreed\":true}").get("data");
        assertThat(granted.get("agreementType").asText()).isEqualTo("DATA_PROTECTION");
        assertThat(granted.get("agreementStatus").asText()).isEqualTo("ACTIVE");
        fx.clock.advance(Duration.ofDays(3));
        JsonNode revoked = ok("update-protect-agreement", "{\"cif\":\"1000000001\",\"agreed\":false}").get("data");
        assertThat(revoked.get("agreementStatus").asText()).isEqualTo("REVOKED");
        assertThat(revoked.get("revokedAt").asText()).isEqualTo("2026-01-18T09:00:00Z");
        assertThat(fail("update-protect-agreement", cif("1000000001"), "01").at("/header/errors/0/field").asText()).isEqualTo("data.agreed");
        assertThat(fail("update-protect-agreement", "{\"cif\":\"1000000001\",\"agreed\":\"maybe\"}", "01").at("/header/errors/0/field").asText())
                .isEqualTo("data.agreed");
    }

    // ---- nice numbers --------------------------------------------------------------------------------

    @Test
    void searches_free_nice_numbers_and_never_offers_a_held_one() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        JsonNode first = ok("inquiry-nice-acct", "{\"patternType\":\"SUFFIX\",\"pattern\":\"6868\",\"limit\":3}").get("data");
        assertThat(first.get("numbers")).hasSize(3);
        first.get("numbers").forEach(n -> assertThat(n.get("accountNo").asText()).endsWith("6868").hasSize(10));
        String best = first.at("/numbers/0/accountNo").asText();
        ok("create-nice-hold-acct", "{\"cif\":\"1000000001\",\"accountNo\":\"" + best + "\"}");
        JsonNode again = ok("inquiry-nice-acct", "{\"patternType\":\"SUFFIX\",\"pattern\":\"6868\",\"limit\":3}").get("data");
        assertThat(again.findValuesAsText("accountNo")).doesNotContain(best).hasSize(3);
        JsonNode repeated = ok("inquiry-nice-acct", "{\"patternType\":\"REPEATED\",\"pattern\":\"8888\",\"minTier\":\"GOLD\"}").get("data");
        repeated.get("numbers").forEach(n -> assertThat(n.get("accountNo").asText()).contains("8888"));
        assertThat(repeated.get("numbers")).hasSize(10);
        assertThat(fail("inquiry-nice-acct", "{\"patternType\":\"LUCKY\",\"pattern\":\"68\"}", "01").at("/header/errors/0/field").asText())
                .isEqualTo("data.patternType");
        assertThat(fail("inquiry-nice-acct", "{\"patternType\":\"REPEATED\",\"pattern\":\"1234\"}", "01").at("/header/errors/0/field").asText())
                .isEqualTo("data.pattern");
        assertThat(fail("inquiry-nice-acct", "{\"patternType\":\"SUFFIX\",\"pattern\":\"68\",\"limit\":101}", "01")
                .at("/header/errors/0/field").asText()).isEqualTo("data.limit");
        assertThat(fail("inquiry-nice-acct", "{\"patternType\":\"SUFFIX\"}", "01").at("/header/errors/0/field").asText()).isEqualTo("data.pattern");
    }

    @Test
    void holds_a_nice_number_until_it_expires_and_releases_it() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        ok("create-ekyc-account", ekycData("001099012345", "0987654321", "lan.tran"));
        JsonNode hold = ok("create-nice-hold-acct", "{\"cif\":\"1000000001\",\"accountNo\":\"9012346868\"}").get("data");
        assertThat(hold.get("holdStatus").asText()).isEqualTo("HELD");
        assertThat(hold.get("expiresAt").asText()).isEqualTo("2026-01-16T09:00:00Z");
        JsonNode taken = fail("create-nice-hold-acct", "{\"cif\":\"1000000002\",\"accountNo\":\"9012346868\"}", "09");
        assertThat(taken.at("/header/rule").asText()).isEqualTo("NUMBER_UNAVAILABLE");
        assertThat(taken.at("/header/resultMessage").asText()).doesNotContain("1000000001");
        JsonNode released = ok("create-nice-hold-acct", "{\"cif\":\"1000000001\",\"accountNo\":\"9012346868\",\"action\":\"RELEASE\"}").get("data");
        assertThat(released.get("holdStatus").asText()).isEqualTo("RELEASED");
        JsonNode short_ = ok("create-nice-hold-acct", "{\"cif\":\"1000000002\",\"accountNo\":\"9012346868\",\"holdMinutes\":30}").get("data");
        assertThat(short_.get("expiresAt").asText()).isEqualTo("2026-01-15T09:30:00Z");
        assertThat(fail("create-nice-hold-acct", "{\"cif\":\"1000000001\",\"accountNo\":\"90123468\"}", "01").at("/header/errors/0/field").asText())
                .isEqualTo("data.accountNo");
        assertThat(fail("create-nice-hold-acct", "{\"cif\":\"1000000001\",\"accountNo\":\"9012347979\",\"holdMinutes\":0}", "01")
                .at("/header/errors/0/field").asText()).isEqualTo("data.holdMinutes");
        assertThat(fail("create-nice-hold-acct", "{\"cif\":\"1000000999\",\"accountNo\":\"9012347979\"}", "02").at("/header/errorCode").asText())
                .isEqualTo("NOT_FOUND");
        assertThat(fail("create-nice-hold-acct", "{\"cif\":\"1000000001\",\"accountNo\":\"9012347979\",\"action\":\"RELEASE\"}", "02")
                .at("/header/errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void opens_a_held_nice_number_online_only_by_the_holder_before_expiry() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        ok("create-ekyc-account", ekycData("001099012345", "0987654321", "lan.tran"));
        ok("create-nice-hold-acct", "{\"cif\":\"1000000001\",\"accountNo\":\"9012346868\"}");
        assertThat(fail("inquiry-nice-acct-online", "{\"cif\":\"1000000002\",\"accountNo\":\"9012346868\"}", "07").at("/header/errorCode").asText())
                .isEqualTo("FORBIDDEN");
        JsonNode opened = ok("inquiry-nice-acct-online", "{\"cif\":\"1000000001\",\"accountNo\":\"9012346868\"}").get("data");
        assertThat(opened.get("accountNo").asText()).isEqualTo("9012346868");
        assertThat(opened.get("productType").asText()).isEqualTo("CURRENT_ACCOUNT");
        assertThat(fail("inquiry-nice-acct-online", "{\"cif\":\"1000000001\",\"accountNo\":\"9012346868\"}", "09").at("/header/rule").asText())
                .isEqualTo("HOLD_NOT_ACTIVE");
        assertThat(fail("inquiry-nice-acct-online", "{\"cif\":\"1000000001\",\"accountNo\":\"9012347979\"}", "02").at("/header/errorCode").asText())
                .isEqualTo("NOT_FOUND");

        ok("create-nice-hold-acct", "{\"cif\":\"1000000002\",\"accountNo\":\"9012343939\",\"holdMinutes\":60}");
        fx.clock.advance(Duration.ofMinutes(61));
        JsonNode expired = fail("inquiry-nice-acct-online", "{\"cif\":\"1000000002\",\"accountNo\":\"9012343939\"}", "09");
        assertThat(expired.at("/header/rule").asText()).isEqualTo("HOLD_EXPIRED");
        assertThat(ok("inquiry-nice-acct", "{\"patternType\":\"EXACT\",\"pattern\":\"9012343939\"}").at("/data/numbers/0/accountNo").asText())
                .isEqualTo("9012343939");
    }

    // ---- banking users -------------------------------------------------------------------------------

    @Test
    void locks_unlocks_and_locks_after_five_failed_logins() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        String user = "{\"cif\":\"1000000001\",\"username\":\"nguyenvanan\",\"action\":\"%s\"%s}";
        JsonNode locked = ok("update-user-ib-status", user.formatted("LOCK", ",\"reason\":\"customer request\"")).get("data");
        assertThat(locked.get("userStatus").asText()).isEqualTo("LOCKED");
        assertThat(locked.get("lockReason").asText()).isEqualTo("customer request");
        assertThat(ok("update-user-ib-status", user.formatted("UNLOCK", "")).at("/data/userStatus").asText()).isEqualTo("ACTIVE");
        for (int i = 1; i <= 4; i++) {
            assertThat(ok("update-user-ib-status", user.formatted("FAILED_LOGIN", "")).at("/data/failedAttempts").asInt()).isEqualTo(i);
        }
        JsonNode fifth = ok("update-user-ib-status", user.formatted("FAILED_LOGIN", "")).get("data");
        assertThat(fifth.get("userStatus").asText()).isEqualTo("LOCKED");
        assertThat(fifth.get("lockReason").asText()).isEqualTo("too many failed login attempts");
        assertThat(fail("update-user-ib-status", user.formatted("FAILED_LOGIN", ""), "09").at("/header/rule").asText())
                .isEqualTo("BANKING_USER_NOT_ACTIVE");
        assertThat(fail("update-user-ib-status", user.formatted("LOCK", ""), "01").at("/header/errors/0/field").asText()).isEqualTo("data.reason");
        assertThat(fail("update-user-ib-status", user.formatted("DISABLE", ""), "01").at("/header/errors/0/field").asText()).isEqualTo("data.action");
        assertThat(fail("update-user-ib-status", user.formatted("UNLOCK", "").replace("1000000001", "1000000999"), "02")
                .at("/header/errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void reads_the_banking_user_by_cif_and_username_only_when_they_belong_together() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        ok("create-ekyc-account", ekycData("001099012345", "0987654321", "lan.tran"));
        JsonNode info = ok("get-user-info-ebank", "{\"cif\":\"1000000001\",\"username\":\"nguyenvanan\"}").get("data");
        assertThat(info.get("fullName").asText()).isEqualTo("Trần Thị Lan");
        assertThat(info.get("failedAttempts").asInt()).isZero();
        assertThat(fail("get-user-info-ebank", "{\"cif\":\"1000000002\",\"username\":\"nguyenvanan\"}", "02").at("/header/errorCode").asText())
                .isEqualTo("NOT_FOUND");
        assertThat(fail("get-user-info-ebank", "{\"cif\":\"1000000001\"}", "01").at("/header/errors/0/field").asText()).isEqualTo("data.username");
    }

    @Test
    void closes_the_ibmb_user_for_good() {
        ok("create-ekyc-account", ekycData("079203004512", "0912345678", "nguyenvanan"));
        JsonNode closed = ok("close-izi-mobile-acct", "{\"cif\":\"1000000001\",\"username\":\"nguyenvanan\"}").get("data");
        assertThat(closed.get("userStatus").asText()).isEqualTo("CLOSED");
        JsonNode unlock = fail("update-user-ib-status", "{\"cif\":\"1000000001\",\"username\":\"nguyenvanan\",\"action\":\"UNLOCK\"}", "05");
        assertThat(unlock.at("/header/errorCode").asText()).isEqualTo("INVALID_STATE_TRANSITION");
        assertThat(ok("valid-izi-mobile-user", "{\"username\":\"nguyenvanan\"}").at("/data/exists").asBoolean()).isTrue();
        assertThat(fail("close-izi-mobile-acct", "{\"cif\":\"1000000001\",\"username\":\"someone\"}", "02").at("/header/errorCode").asText())
                .isEqualTo("NOT_FOUND");
        assertThat(fail("close-izi-mobile-acct", "{\"username\":\"nguyenvanan\"}", "01").at("/header/errors/0/field").asText()).isEqualTo("data.cif");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    static String ekycData(String legalId, String phone, String username) {
        return """
                {"legalId":"%s","firstName":"Lan","middleName":"Thị","lastName":"Trần","birthDate":"1996-02-29",
                 "phoneNumber":"%s","email":"lan.tran@example.vn","username":"%s","currency":"VND",
                 "ekycVerifiedAt":"2026-01-15T15:40:00+07:00",
                 "address":{"addressType":"REGISTERED","country":"VN","city":"Hà Nội","town":"Cầu Giấy","district":"Dịch Vọng","street":"Xuân Thủy","detail":"Số 144"}}
                """.formatted(legalId, phone, username);
    }

    private static String cif(String cif) {
        return "{\"cif\":\"" + cif + "\"}";
    }

    private static final java.util.concurrent.atomic.AtomicInteger REQUEST_IDS = new java.util.concurrent.atomic.AtomicInteger();

    /** An envelope with a fresh {@code requestId}, as a client sends each new request (a retry reuses its id). */
    static String envelope(String data) {
        return envelope(data, String.format("req-%04d", REQUEST_IDS.incrementAndGet()));
    }

    static String envelope(String data, String requestId) {
        return "{\"header\":{\"requestId\":\"" + requestId + "\",\"channel\":\"MB\",\"clientId\":\"" + EsbFixture.ESB_CLIENT
                + "\",\"clientSecret\":\"" + EsbFixture.ESB_SECRET + "\",\"requestTime\":\"2026-01-15T16:00:00+07:00\"},\"data\":" + data + "}";
    }

    private static DialectRequest request(String operation, String data) {
        return DialectRequest.json("POST", "/accountService/v1/" + operation, envelope(data));
    }

    private JsonNode ok(String operation, String data) {
        DialectResponse response = handler.handle(request(operation, data));
        JsonNode answer = json(response);
        assertThat(answer.at("/header/resultCode").asText()).as(operation + ": " + response.bodyText()).isEqualTo("00");
        assertThat(response.status()).isEqualTo(200);
        return answer;
    }

    private JsonNode fail(String operation, String data, String resultCode) {
        DialectResponse response = handler.handle(request(operation, data));
        JsonNode answer = json(response);
        assertThat(answer.at("/header/resultCode").asText()).as(operation + ": " + response.bodyText()).isEqualTo(resultCode);
        assertThat(response.status()).isEqualTo(200);
        assertThat(answer.get("data").isNull()).isTrue();
        return answer;
    }

    private static JsonNode json(DialectResponse response) {
        return EsbFixture.json(response);
    }
}
