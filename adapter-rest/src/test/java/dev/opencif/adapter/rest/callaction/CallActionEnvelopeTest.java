package dev.opencif.adapter.rest.callaction;

import static dev.opencif.adapter.rest.callaction.CallActionFixture.answer;
import static dev.opencif.adapter.rest.callaction.CallActionFixture.envelope;
import static dev.opencif.adapter.rest.callaction.CallActionFixture.envelopeWithStringData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.adapter.rest.callaction.CallActionFixture.Answer;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallActionEnvelopeTest {
    private final CallActionFixture f = new CallActionFixture();

    private String headerData(CustomerId id) {
        return "{\"customerInternalId\":\"" + id + "\"}";
    }

    private CustomerId someCustomer() {
        return f.onboardWithAccount(CustomerBuilder.aCustomer().registration());
    }

    @Test
    void accepts_data_as_a_json_object() {
        CustomerId id = someCustomer();
        Answer answer = f.call("FTOS_ACC_AccountHeader", headerData(id));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.success()).isTrue();
        assertThat(answer.data().get("customerInternalId").asText()).isEqualTo(id.toString());
    }

    @Test
    void accepts_data_as_a_json_encoded_string() {
        CustomerId id = someCustomer();
        Answer answer = answer(f.post(envelopeWithStringData("FTOS_ACC_AccountHeader", headerData(id))));
        assertThat(answer.success()).isTrue();
        assertThat(answer.data().get("customerInternalId").asText()).isEqualTo(id.toString());
    }

    @Test
    void tolerates_the_seeds_stray_leading_colon_in_string_data() {
        CustomerId id = someCustomer();
        Answer answer = answer(f.post(envelopeWithStringData("FTOS_ACC_AccountHeader", ":" + headerData(id))));
        assertThat(answer.success()).isTrue();
        assertThat(answer.data().get("customerInternalId").asText()).isEqualTo(id.toString());
    }

    @Test
    void rejects_string_data_that_is_not_json() {
        Answer answer = answer(f.post(envelopeWithStringData("FTOS_ACC_AccountHeader", "customerInternalId=1")));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.fields()).containsExactly("Request.Data");
        assertThat(answer.message()).contains("JSON-encoded object");
    }

    @Test
    void rejects_data_that_is_neither_object_nor_string() {
        for (String data : List.of("42", "[1,2]", "true", "\"[1]\"")) {
            Answer answer = f.call("FTOS_ACC_AccountHeader", data);
            assertThat(answer.status()).as(data).isEqualTo(400);
            assertThat(answer.fields()).as(data).containsExactly("Request.Data");
            assertThat(answer.message()).as(data).contains("must be a JSON object or a JSON-encoded object string");
        }
    }

    @Test
    void rejects_null_data_for_an_action_with_mandatory_parameters() {
        Answer answer = f.call("FTOS_ACC_AccountFlags", null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("Request.Data: is required for FTOS_ACC_AccountFlags");
    }

    @Test
    void allows_null_data_for_the_lifecycle() {
        Answer answer = f.call("FTOS_ACC_AccountClientLifecycle", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.success()).isTrue();
        assertThat(answer.data().get("stageCounts").size()).isEqualTo(5);
    }

    @Test
    void rejects_a_wrong_token_as_unauthenticated() {
        String body = envelope("FTOS_ACC_AccountClientLifecycle", null).replace(CallActionFixture.TOKEN, "wrong-token");
        Answer answer = answer(f.post(body));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.success()).isFalse();
        assertThat(answer.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.data().isNull()).isTrue();
    }

    @Test
    void rejects_an_unknown_user_as_unauthenticated() {
        String body = envelope("FTOS_ACC_AccountClientLifecycle", null).replace(CallActionFixture.USER, "somebody");
        assertThat(answer(f.post(body)).errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void rejects_missing_api_info_as_unauthenticated() {
        Answer answer = answer(f.post("{\"Request\":{\"ActionName\":\"FTOS_ACC_AccountClientLifecycle\",\"Data\":null}}"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.fields()).containsExactly("ApiInfo.UserName");
    }

    @Test
    void rejects_a_missing_token_naming_it() {
        Answer answer = answer(f.post("{\"Request\":{\"ActionName\":\"FTOS_ACC_AccountClientLifecycle\"},"
                + "\"ApiInfo\":{\"UserName\":\"crm-portal\"}}"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.fields()).containsExactly("ApiInfo.Token");
    }

    @Test
    void rejects_a_realm_mismatch_client_of_another_dialect() {
        f.adapters.credentials().addClient("interapi", "other-app", "other-secret", java.util.Set.of(), null);
        String body = envelope("FTOS_ACC_AccountClientLifecycle", null)
                .replace(CallActionFixture.USER, "other-app").replace(CallActionFixture.TOKEN, "other-secret");
        assertThat(answer(f.post(body)).errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void rejects_an_unknown_action_naming_it() {
        Answer answer = f.call("FTOS_ACC_DeleteEverything", "{}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.fields()).containsExactly("Request.ActionName");
        assertThat(answer.message()).isEqualTo("Request.ActionName: is not a callAction action; the actions are listed in docs/dialects/callaction.md");
    }

    @Test
    void rejects_action_id_instead_of_action_name() {
        String body = "{\"Request\":{\"ActionID\":\"8c2f7f0e-1b1a-4f0e-9d7e-2a1b3c4d5e6f\",\"Data\":null},"
                + "\"ApiInfo\":{\"UserName\":\"crm-portal\",\"Token\":\"" + CallActionFixture.TOKEN + "\"}}";
        Answer answer = answer(f.post(body));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("Request.ActionID");
        assertThat(answer.message()).contains("Request.ActionName");
    }

    @Test
    void rejects_a_missing_action_name() {
        Answer answer = answer(f.post("{\"Request\":{\"Data\":null},\"ApiInfo\":{\"UserName\":\"crm-portal\",\"Token\":\""
                + CallActionFixture.TOKEN + "\"}}"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("Request.ActionName: is required");
    }

    @Test
    void rejects_a_missing_request_object() {
        Answer answer = answer(f.post("{\"ApiInfo\":{\"UserName\":\"crm-portal\",\"Token\":\"x\"}}"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("Request");
    }

    @Test
    void rejects_malformed_json_with_400_and_no_parser_internals() {
        Answer answer = answer(f.post("{\"Request\":{\"ActionName\":"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.message()).startsWith("The request body is not valid JSON");
        assertThat(answer.message()).doesNotContain("Exception").doesNotContain("com.fasterxml");
    }

    @Test
    void rejects_a_json_array_body() {
        Answer answer = answer(f.post("[]"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("body");
    }

    @Test
    void rejects_a_wrong_content_type_with_415() {
        DialectRequest request = new DialectRequest("POST", CallActionHandler.PATH, "", Map.of("Content-Type", List.of("text/plain")),
                envelope("FTOS_ACC_AccountClientLifecycle", null).getBytes(StandardCharsets.UTF_8));
        Answer answer = answer(f.handler.handle(request));
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.message()).contains("application/json");
    }

    @Test
    void rejects_a_missing_content_type_with_415() {
        DialectRequest request = new DialectRequest("POST", CallActionHandler.PATH, "", Map.of(),
                envelope("FTOS_ACC_AccountClientLifecycle", null).getBytes(StandardCharsets.UTF_8));
        assertThat(f.handler.handle(request).status()).isEqualTo(415);
    }

    @Test
    void accepts_json_with_a_charset_parameter() {
        DialectRequest request = new DialectRequest("POST", CallActionHandler.PATH, "",
                Map.of("content-type", List.of("application/json; charset=utf-8")),
                envelope("FTOS_ACC_AccountClientLifecycle", null).getBytes(StandardCharsets.UTF_8));
        assertThat(f.handler.handle(request).status()).isEqualTo(200);
    }

    @Test
    void rejects_an_oversized_body_with_413() {
        CallActionFixture small = new CallActionFixture(CallActionConfig.defaults().withMaxBodyBytes(64));
        Answer answer = answer(small.post(envelope("FTOS_ACC_AccountClientLifecycle", null)));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.message()).isEqualTo("The request body exceeds 64 bytes");
    }

    @Test
    void default_limit_is_one_mebibyte() {
        assertThat(CallActionConfig.defaults().maxBodyBytes()).isEqualTo(1024 * 1024);
        String padding = " ".repeat(1024 * 1024);
        Answer answer = answer(f.post(envelope("FTOS_ACC_AccountClientLifecycle", null) + padding));
        assertThat(answer.status()).isEqualTo(413);
    }

    @Test
    void rejects_other_methods_with_405() {
        DialectResponse response = f.handler.handle(DialectRequest.json("GET", CallActionHandler.PATH, null));
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers()).containsEntry("Allow", "POST");
    }

    @Test
    void rejects_other_paths_with_404() {
        DialectResponse response = f.handler.handle(DialectRequest.json("POST", "/api/openApi/Other",
                envelope("FTOS_ACC_AccountClientLifecycle", null)));
        assertThat(response.status()).isEqualTo(404);
        assertThat(answer(response).errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void answers_every_outcome_with_the_same_result_shape() {
        List<DialectResponse> responses = List.of(
                f.post(envelope("FTOS_ACC_AccountClientLifecycle", null)),
                f.post(envelope("FTOS_ACC_AccountHeader", "{}")),
                f.post("{"));
        for (DialectResponse response : responses) {
            assertThat(answer(response).body().fieldNames()).toIterable()
                    .containsExactly("IsSuccess", "Message", "ErrorCode", "Rule", "Errors", "Data");
            assertThat(response.headers().get("Content-Type")).startsWith("application/json");
        }
    }

    @Test
    void names_the_operation_for_the_request_log() {
        assertThat(f.post(envelope("FTOS_ACC_AccountClientLifecycle", null)).operation()).isEqualTo("FTOS_ACC_AccountClientLifecycle");
        assertThat(f.post("{").operation()).isEqualTo("-");
    }

    @Test
    void every_seed_action_is_dispatched() {
        List<String> seed = List.of("FTOS_ACC_CB_AddUpdateIndividualCustomer", "FTOS_ACC_CB_AddUpdateCustomerAddress",
                "FTOS_ACC_CB_AddUpdateCustomerRepresentative", "FTOS_ACC_CreateUpdateApplication",
                "FTOS_ACC_AddUpdateCustomerAgreement", "FTOS_ACC_AccountClientLifecycle", "FTOS_ACC_AccountFlags",
                "FTOS_ACC_AccountHeader", "FTOS_ACC_AccountPicture", "FTOS_ACC_AccountPendingActivities",
                "FTOS_ACC_ProductPortfolio", "FTOS_ACC_GetProductSuggestions", "FTOS_ACC_ProfileComplete",
                "FTOS_ACC_AccountProfitabilityPI", "FTOS_ACC_AccountRecentInteractions", "FTOS_ACC_AccountRevenuesPI",
                "FTOS_ACC_GetCustomerTransactionValues");
        for (String action : seed) {
            Answer answer = f.call(action, "{}");
            assertThat(answer.message()).as(action).doesNotContain("is not a callAction action");
            assertThat(answer.status()).as(action).isEqualTo(200);
        }
    }
}
