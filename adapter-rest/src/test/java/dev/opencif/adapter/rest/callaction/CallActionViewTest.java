package dev.opencif.adapter.rest.callaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.adapter.rest.callaction.CallActionFixture.Answer;
import dev.opencif.application.port.in.customer.BlacklistCustomerCommand;
import dev.opencif.application.port.in.product.BookTransactionCommand;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallActionViewTest {
    private static final String UNKNOWN = "0b7e7f52-9d8c-4f7e-8a65-3c1d2e4f5a6b";
    private final CallActionFixture f = new CallActionFixture();

    private CustomerId customer() {
        return f.onboardWithAccount(CustomerBuilder.aCustomer().withName("Ayşe", "Yılmaz").withSegment("premium").registration());
    }

    private static String of(CustomerId id) {
        return "{\"customerInternalId\":\"" + id + "\"}";
    }

    private void book(CustomerId id, String ref, String at, Direction direction, Scope scope, String amount, String fee,
                      String currency, String indicator) {
        f.opencif.bookTransaction().book(new BookTransactionCommand(Origin.of(Channel.of("CORE_BANKING")), CustomerRef.id(id),
                null, ref, Instant.parse(at), direction, scope, Money.of(amount, currency, 2),
                fee == null ? null : Money.of(fee, currency, 2), indicator, Channel.of("MOBILE")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FTOS_ACC_AccountFlags", "FTOS_ACC_AccountHeader", "FTOS_ACC_AccountPicture",
            "FTOS_ACC_AccountPendingActivities", "FTOS_ACC_ProductPortfolio", "FTOS_ACC_ProfileComplete"})
    void customer_views_name_a_missing_customer_and_report_an_unknown_one(String action) {
        Answer missing = f.call(action, "{}");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(missing.fields()).containsExactly("customerInternalId");
        Answer unknown = f.call(action, "{\"customerInternalId\":\"" + UNKNOWN + "\"}");
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(unknown.message()).isEqualTo("Customer not found: " + UNKNOWN);
        Answer malformed = f.call(action, "{\"customerInternalId\":\"CIF-1\"}");
        assertThat(malformed.fields()).containsExactly("customerInternalId");
    }

    @Test
    void lifecycle_of_one_customer_lists_its_dated_history() {
        CustomerId id = customer();
        f.clock.advance(Duration.ofHours(3));
        f.opencif.blacklistCustomer().blacklist(new BlacklistCustomerCommand(Origin.of(Channel.ESB), CustomerRef.id(id), "card fraud"));
        JsonNode data = f.call("FTOS_ACC_AccountClientLifecycle", of(id)).data();
        assertThat(data.get("entries").findValuesAsText("event")).containsExactly("ONBOARDED", "ACCOUNT_OPENED", "BLACKLISTED");
        assertThat(data.get("entries").get(2).get("at").asText()).isEqualTo("2026-01-15T12:00:00Z");
        assertThat(data.get("stageCounts").size()).isZero();
    }

    @Test
    void lifecycle_without_a_customer_counts_customers_per_stage() {
        customer();
        customer();
        JsonNode counts = f.call("FTOS_ACC_AccountClientLifecycle", null).data().get("stageCounts");
        assertThat(counts.fieldNames()).toIterable().containsExactly("PROSPECT", "CANDIDATE", "ACTIVE", "BLOCKED", "CLOSED");
        assertThat(counts.get("ACTIVE").asLong() + counts.get("PROSPECT").asLong()).isEqualTo(2);
        assertThat(f.call("FTOS_ACC_AccountClientLifecycle", "{\"customerInternalId\":\"" + UNKNOWN + "\"}").errorCode())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void flags_show_a_blacklisting_done_through_another_dialect() {
        CustomerId id = customer();
        assertThat(f.call("FTOS_ACC_AccountFlags", of(id)).data().get("flags").findValuesAsText("code")).doesNotContain("BLACKLISTED");
        f.opencif.blacklistCustomer().blacklist(new BlacklistCustomerCommand(Origin.of(Channel.ESB), CustomerRef.id(id), "card fraud"));
        JsonNode flags = f.call("FTOS_ACC_AccountFlags", of(id)).data().get("flags");
        assertThat(flags.get(0).get("code").asText()).isEqualTo("BLACKLISTED");
        assertThat(flags.get(0).get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(flags.get(0).get("message").asText()).contains("card fraud");
        assertThat(flags.findValuesAsText("code")).contains("CONSENT_MISSING", "ACCOUNT_BLOCKED");
    }

    @Test
    void header_and_picture_show_the_stored_customer() {
        CustomerId id = customer();
        JsonNode header = f.call("FTOS_ACC_AccountHeader", of(id)).data();
        assertThat(header.get("fullName").asText()).isEqualTo("Ayşe Yılmaz");
        assertThat(header.get("segment").asText()).isEqualTo("premium");
        assertThat(header.get("kycLevel").asText()).isEqualTo("STANDARD");
        assertThat(header.get("customerSince").asText()).isEqualTo("2026-01-15T09:00:00Z");
        JsonNode picture = f.call("FTOS_ACC_AccountPicture", of(id)).data();
        assertThat(picture.get("hasPicture").asBoolean()).isFalse();
        assertThat(picture.get("picture").isNull()).isTrue();
        assertThat(picture.get("initials").asText()).isEqualTo("AY");
    }

    @Test
    void pending_activities_list_a_pending_application() {
        CustomerId id = customer();
        f.call("FTOS_ACC_CreateUpdateApplication", "{\"customerInternalId\":\"" + id + "\",\"url\":\"https://apply.example.com/c/9\","
                + "\"name\":\"Credit card\",\"bankingProduct\":\"CARD\",\"source\":\"web\",\"businessStatus\":\"Submitted\",\"externalId\":\"CC-9\"}");
        JsonNode activities = f.call("FTOS_ACC_AccountPendingActivities", of(id)).data().get("activities");
        assertThat(activities.findValuesAsText("type")).containsExactly("PRODUCT_APPLICATION");
        assertThat(activities.get(0).get("reference").asText()).isEqualTo("CC-9");
    }

    @Test
    void portfolio_lists_accounts_applications_and_agreements() {
        CustomerId id = customer();
        f.call("FTOS_ACC_AddUpdateCustomerAgreement", "{\"customerInternalId\":\"" + id + "\",\"agreementType\":\"KVKK\","
                + "\"startDate\":\"2026-01-15\",\"sourceId\":\"mobile\"}");
        JsonNode data = f.call("FTOS_ACC_ProductPortfolio", of(id)).data();
        assertThat(data.get("accounts")).hasSize(1);
        assertThat(data.get("accounts").get(0).get("productType").asText()).isEqualTo("CURRENT_ACCOUNT");
        assertThat(data.get("accounts").get(0).get("balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(data.get("applications")).isEmpty();
        assertThat(data.get("agreements").get(0).get("agreementType").asText()).isEqualTo("KVKK");
    }

    @Test
    void suggestions_take_the_customer_as_account_id() {
        CustomerId id = customer();
        Answer answer = f.call("FTOS_ACC_GetProductSuggestions", "{\"accountId\":\"" + id + "\"}");
        assertThat(answer.data().get("suggestions").findValuesAsText("product")).containsExactly("ONLINE_BANKING");
        assertThat(f.call("FTOS_ACC_GetProductSuggestions", "{}").fields()).containsExactly("accountId");
        assertThat(f.call("FTOS_ACC_GetProductSuggestions", "{\"accountId\":\"" + UNKNOWN + "\"}").errorCode()).isEqualTo("NOT_FOUND");
        f.opencif.blacklistCustomer().blacklist(new BlacklistCustomerCommand(Origin.of(Channel.ESB), CustomerRef.id(id), "fraud"));
        assertThat(f.call("FTOS_ACC_GetProductSuggestions", "{\"accountId\":\"" + id + "\"}").data().get("suggestions")).isEmpty();
    }

    @Test
    void profile_completion_lists_missing_fields() {
        CustomerId id = customer();
        JsonNode data = f.call("FTOS_ACC_ProfileComplete", of(id)).data();
        assertThat(data.get("percent").asInt()).isBetween(0, 100);
        assertThat(data.get("missingFields").findValuesAsText("x")).isEmpty();
        assertThat(data.get("missingFields").toString()).contains("dataProtectionConsent");
    }

    @Test
    void profitability_sums_booked_transactions_for_an_indicator() {
        CustomerId id = customer();
        book(id, "TX-1", "2026-01-10T10:00:00Z", Direction.OUTGOING, Scope.INTER, "100.00", "1.50", "EUR", "TRANSFER");
        book(id, "TX-2", "2026-01-11T10:00:00Z", Direction.OUTGOING, Scope.INTRA, "20.00", "0.20", "EUR", "CARD");
        JsonNode all = f.call("FTOS_ACC_AccountProfitabilityPI", "{\"customerInternalId\":\"" + id + "\",\"indicatorName\":\"all\"}").data();
        assertThat(all.get("indicatorName").asText()).isEqualTo("ALL");
        assertThat(all.get("byCurrency").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(all.get("byCurrency").get(0).get("fees").decimalValue()).isEqualByComparingTo("1.70");
        Answer transfer = f.call("FTOS_ACC_AccountProfitabilityPI", "{\"customerInternalId\":\"" + id
                + "\",\"indicatorName\":\"transfer\",\"startDate\":\"2026-01-10\",\"endDate\":\"2026-01-10\"}");
        assertThat(transfer.raw()).contains("\"byCurrency\":[{\"currency\":\"EUR\",\"count\":1,\"volume\":100.00,\"fees\":1.50}]");
    }

    @Test
    void profitability_names_missing_indicator_and_bad_dates() {
        CustomerId id = customer();
        assertThat(f.call("FTOS_ACC_AccountProfitabilityPI", of(id)).fields()).containsExactly("indicatorName");
        assertThat(f.call("FTOS_ACC_AccountProfitabilityPI", "{\"customerInternalId\":\"" + id
                + "\",\"indicatorName\":\"ALL\",\"startDate\":\"yesterday\"}").fields()).containsExactly("startDate");
        assertThat(f.call("FTOS_ACC_AccountProfitabilityPI", "{\"customerInternalId\":\"" + id
                + "\",\"indicatorName\":\"ALL\",\"startDate\":\"2026-01-10\",\"endDate\":\"2026-01-01\"}").fields()).containsExactly("endDate");
        assertThat(f.call("FTOS_ACC_AccountProfitabilityPI", "{\"customerInternalId\":\"" + UNKNOWN
                + "\",\"indicatorName\":\"ALL\"}").errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void recent_interactions_filter_by_period_and_channels_as_array_or_string() {
        CustomerId id = customer();
        f.clock.advance(Duration.ofHours(1));
        f.call("FTOS_ACC_AddUpdateCustomerAgreement", "{\"customerInternalId\":\"" + id + "\",\"agreementType\":\"MARKETING\","
                + "\"startDate\":\"2026-01-15\",\"sourceId\":\"web\"}");
        String base = "{\"customerInternalId\":\"" + id + "\",\"fromDate\":\"2026-01-15T00:00:00Z\",\"toDate\":\"2026-01-16\"";
        JsonNode all = f.call("FTOS_ACC_AccountRecentInteractions", base + "}").data().get("interactions");
        assertThat(all.findValuesAsText("channel")).containsExactly("CALLACTION", "COUNTERPARTY");
        JsonNode array = f.call("FTOS_ACC_AccountRecentInteractions", base + ",\"channels\":[\"counterparty\"]}").data().get("interactions");
        assertThat(array.findValuesAsText("channel")).containsExactly("COUNTERPARTY");
        JsonNode text = f.call("FTOS_ACC_AccountRecentInteractions", base + ",\"channels\":\"CallAction, ESB\"}").data().get("interactions");
        assertThat(text.findValuesAsText("channel")).containsExactly("CALLACTION");
        JsonNode seedSpelling = f.call("FTOS_ACC_AccountRecentInteractions", "{\"customerInternalId\":\"" + id
                + "\",\"ifromDate\":\"2026-01-15\",\"toDate\":\"2026-01-15\"}").data().get("interactions");
        assertThat(seedSpelling).hasSize(2);
    }

    @Test
    void recent_interactions_name_missing_and_bad_dates() {
        CustomerId id = customer();
        assertThat(f.call("FTOS_ACC_AccountRecentInteractions", of(id)).fields()).containsExactly("fromDate", "toDate");
        assertThat(f.call("FTOS_ACC_AccountRecentInteractions", "{\"customerInternalId\":\"" + id
                + "\",\"fromDate\":\"2026-13-01\",\"toDate\":\"2026-01-15\"}").fields()).containsExactly("fromDate");
        assertThat(f.call("FTOS_ACC_AccountRecentInteractions", "{\"customerInternalId\":\"" + id
                + "\",\"fromDate\":\"2026-01-15\",\"toDate\":\"2026-01-01\"}").fields()).containsExactly("toDate");
        assertThat(f.call("FTOS_ACC_AccountRecentInteractions", "{\"customerInternalId\":\"" + id
                + "\",\"fromDate\":\"2026-01-01\",\"toDate\":\"2026-01-15\",\"channels\":{\"a\":1}}").fields()).containsExactly("channels");
    }

    @Test
    void revenues_come_from_fees_of_booked_transactions() {
        CustomerId id = customer();
        book(id, "R-1", "2025-01-05T10:00:00Z", Direction.OUTGOING, Scope.INTER, "100.00", "1.00", "EUR", "TRANSFER");
        book(id, "R-2", "2025-01-20T10:00:00Z", Direction.OUTGOING, Scope.INTER, "80.00", "2.50", "EUR", "TRANSFER");
        book(id, "R-3", "2025-03-31T23:59:59Z", Direction.INCOMING, Scope.INTRA, "10.00", "4.00", "EUR", "CARD");
        book(id, "R-4", "2025-04-01T00:00:00Z", Direction.INCOMING, Scope.INTRA, "10.00", "9.00", "EUR", "CARD");
        JsonNode data = f.call("FTOS_ACC_AccountRevenuesPI", "{\"customerInternalId\":\"" + id
                + "\",\"startDate\":\"2025-01-01\",\"endDate\":\"2025-03-31\"}").data();
        assertThat(data.get("months").findValuesAsText("month")).containsExactly("2025-01", "2025-03");
        assertThat(data.get("months").get(0).get("fees").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(data.get("totals").get(0).get("fees").decimalValue()).isEqualByComparingTo("7.50");
        assertThat(data.get("totals").get(0).get("count").asLong()).isEqualTo(3);
    }

    @Test
    void revenues_name_missing_and_bad_dates() {
        CustomerId id = customer();
        assertThat(f.call("FTOS_ACC_AccountRevenuesPI", of(id)).fields()).containsExactly("startDate", "endDate");
        assertThat(f.call("FTOS_ACC_AccountRevenuesPI", "{\"customerInternalId\":\"" + id
                + "\",\"startDate\":\"01.01.2025\",\"endDate\":\"2025-03-31\"}").fields()).containsExactly("startDate");
        assertThat(f.call("FTOS_ACC_AccountRevenuesPI", "{\"customerInternalId\":\"" + id
                + "\",\"startDate\":\"2025-03-01\",\"endDate\":\"2025-01-31\"}").fields()).containsExactly("endDate");
        assertThat(f.call("FTOS_ACC_AccountRevenuesPI", "{\"customerInternalId\":\"" + UNKNOWN
                + "\",\"startDate\":\"2025-01-01\",\"endDate\":\"2025-01-31\"}").errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void transaction_values_group_and_filter_booked_transactions() {
        CustomerId id = customer();
        book(id, "V-1", "2026-01-02T10:00:00Z", Direction.OUTGOING, Scope.INTER, "100.00", null, "EUR", "TRANSFER");
        book(id, "V-2", "2026-01-03T10:00:00Z", Direction.OUTGOING, Scope.INTER, "50.00", null, "EUR", "TRANSFER");
        book(id, "V-3", "2026-01-04T10:00:00Z", Direction.INCOMING, Scope.INTRA, "30.00", null, "EUR", "TRANSFER");
        book(id, "V-4", "2026-01-05T10:00:00Z", Direction.OUTGOING, Scope.INTRA, "12.34", null, "EUR", "CARD");
        book(id, "V-5", "2026-01-06T10:00:00Z", Direction.OUTGOING, Scope.INTER, "7.00", null, "USD", "TRANSFER");
        String base = "{\"customerInternalId\":\"" + id + "\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-01-31\"";
        Answer answer = f.call("FTOS_ACC_GetCustomerTransactionValues", base + "}");
        JsonNode all = answer.data().get("values");
        assertThat(all).hasSize(4);
        assertThat(answer.raw()).contains("{\"indicator\":\"TRANSFER\",\"direction\":\"OUTGOING\",\"interIntra\":\"INTER\","
                + "\"currency\":\"EUR\",\"count\":2,\"total\":150.00}");
        JsonNode filtered = f.call("FTOS_ACC_GetCustomerTransactionValues", base
                + ",\"transactionIndicators\":\"transfer, card\",\"direction\":\"Outgoing\",\"interIntra\":\"Inter\",\"currencyId\":\"usd\"}")
                .data().get("values");
        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0).get("total").decimalValue()).isEqualByComparingTo("7.00");
        JsonNode array = f.call("FTOS_ACC_GetCustomerTransactionValues", base + ",\"transactionIndicators\":[\"CARD\"]}")
                .data().get("values");
        assertThat(array.findValuesAsText("indicator")).containsExactly("CARD");
    }

    @Test
    void transaction_values_name_missing_bad_dates_and_bad_filters() {
        CustomerId id = customer();
        assertThat(f.call("FTOS_ACC_GetCustomerTransactionValues", of(id)).fields()).containsExactly("startDate", "endDate");
        Answer bad = f.call("FTOS_ACC_GetCustomerTransactionValues", "{\"customerInternalId\":\"" + id
                + "\",\"startDate\":\"2026-01-01\",\"endDate\":\"soon\",\"direction\":\"Sideways\",\"interIntra\":\"Both\"}");
        assertThat(bad.fields()).containsExactly("endDate", "direction", "interIntra");
        assertThat(f.call("FTOS_ACC_GetCustomerTransactionValues", "{\"customerInternalId\":\"" + id
                + "\",\"startDate\":\"2026-02-01\",\"endDate\":\"2026-01-01\"}").fields()).containsExactly("endDate");
        assertThat(f.call("FTOS_ACC_GetCustomerTransactionValues", "{\"customerInternalId\":\"" + UNKNOWN
                + "\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-01-31\"}").errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void accepts_instants_with_offsets_for_periods() {
        CustomerId id = customer();
        book(id, "O-1", "2026-01-02T21:30:00Z", Direction.OUTGOING, Scope.INTER, "5.00", null, "EUR", "TRANSFER");
        JsonNode values = f.call("FTOS_ACC_GetCustomerTransactionValues", "{\"customerInternalId\":\"" + id
                + "\",\"startDate\":\"2026-01-03T00:00:00+03:00\",\"endDate\":\"2026-01-03T01:00:00+03:00\"}").data().get("values");
        assertThat(values).hasSize(1);
        assertThat(List.of(values.get(0).get("count").asLong())).containsExactly(1L);
    }
}
