package dev.opencif.adapter.rest.callaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.adapter.rest.callaction.CallActionFixture.Answer;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.NationalIdKind;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.testkit.builder.UniqueValues;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallActionWriteTest {
    private static final String UNKNOWN = "0b7e7f52-9d8c-4f7e-8a65-3c1d2e4f5a6b";
    private final CallActionFixture f = new CallActionFixture();

    private static String customerInfo(String extra, String uniqueId, String phone) {
        return "{\"CustomerInfo\":{" + extra + "\"firstName\":\"Elif\",\"lastName\":\"Demir\",\"UniqueID\":\"" + uniqueId
                + "\",\"email\":\"elif.demir@example.com\",\"mobilePhone\":\"" + phone + "\"}}";
    }

    private String createCustomer() {
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", customerInfo("", UniqueValues.tckn(), UniqueValues.phone().value()));
        assertThat(answer.success()).as(answer.body().toString()).isTrue();
        return answer.data().get("customerInternalId").asText();
    }

    private CustomerState stored(String id) {
        return f.opencif.getCustomer().get(new GetCustomerQuery(CustomerRef.id(CustomerId.parse(id)), Viewer.bank()));
    }

    @Test
    void creates_an_individual_customer_without_internal_id() {
        String tckn = UniqueValues.tckn();
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer",
                customerInfo("\"emailAddressType\":\"Personal\",\"phoneNumberType\":\"Mobile\",", tckn, "0721 234 567"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.success()).isTrue();
        assertThat(answer.message()).isEqualTo("Customer created");
        CustomerState customer = stored(answer.data().get("customerInternalId").asText());
        assertThat(answer.data().get("customerNumber").asText()).isEqualTo(customer.number().toString());
        assertThat(customer.name().first()).isEqualTo("Elif");
        assertThat(customer.identifiers()).contains(NationalId.turkish(tckn));
        assertThat(customer.identifiers()).anyMatch(i -> i.value().equals("+40721234567"));
        assertThat(customer.contacts()).anyMatch(c -> "Personal".equals(c.mediumType()) && c.content().equals("elif.demir@example.com"));
    }

    @Test
    void updates_the_customer_when_internal_id_is_present() {
        String id = createCustomer();
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", "{\"CustomerInfo\":{\"customerInternalId\":\"" + id
                + "\",\"firstName\":\"Elif\",\"lastName\":\"Yıldız\",\"UniqueID\":\"079123456789\",\"email\":\"elif@example.org\","
                + "\"mobilePhone\":\"+84912000777\"}}");
        assertThat(answer.success()).as(answer.body().toString()).isTrue();
        assertThat(answer.message()).isEqualTo("Customer updated");
        assertThat(answer.data().get("customerInternalId").asText()).isEqualTo(id);
        CustomerState customer = stored(id);
        assertThat(customer.name().last()).isEqualTo("Yıldız");
        assertThat(customer.identifiers()).contains(new NationalId(NationalIdKind.VN_CCCD, null, "079123456789"));
        assertThat(customer.identifiers()).anyMatch(i -> i.value().equals("+84912000777"));
    }

    @Test
    void names_every_missing_mandatory_customer_field() {
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", "{\"CustomerInfo\":{\"firstName\":\" \"}}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.success()).isFalse();
        assertThat(answer.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.fields()).containsExactly("CustomerInfo.firstName", "CustomerInfo.lastName", "CustomerInfo.UniqueID",
                "CustomerInfo.email", "CustomerInfo.mobilePhone");
    }

    @Test
    void requires_the_customer_info_wrapper() {
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", "{\"firstName\":\"Elif\"}");
        assertThat(answer.fields()).contains("CustomerInfo");
    }

    @Test
    void rejects_a_tckn_with_wrong_check_digits() {
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", customerInfo("", "12345678901", "+905321112233"));
        assertThat(answer.fields()).containsExactly("CustomerInfo.UniqueID");
        assertThat(answer.message()).contains("TCKN");
    }

    @Test
    void the_banks_aml_assessment_and_a_picture_make_the_pep_and_high_risk_flags_fire_and_the_picture_show() {
        String id = createCustomer();
        var flagsBefore = f.call("FTOS_ACC_AccountFlags", "{\"customerInternalId\":\"" + id + "\"}").data().toString();
        assertThat(flagsBefore).doesNotContain("\"PEP\"").doesNotContain("HIGH_RISK");
        CustomerState current = stored(id);
        String uniqueId = current.identifiers().stream().filter(NationalId.class::isInstance).map(i -> ((NationalId) i).value())
                .findFirst().orElseThrow();
        String phone = current.identifiers().stream().filter(PhoneNumber.class::isInstance).map(i -> ((PhoneNumber) i).value())
                .findFirst().orElseThrow();
        Answer updated = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", customerInfo("\"customerInternalId\":\"" + id
                + "\",\"isPEP\":true,\"riskClass\":\"High\",\"sourceOfWealth\":\"Inheritance\","
                + "\"pictureUrl\":\"https://cdn.example.invalid/p/42.jpg\",", uniqueId, phone));
        assertThat(updated.success()).as(updated.body().toString()).isTrue();

        assertThat(stored(id).kyc().pep()).isTrue();
        assertThat(stored(id).kyc().riskClass()).isEqualTo(dev.opencif.domain.kyc.RiskClass.HIGH);
        assertThat(stored(id).kyc().sourceOfWealth()).isEqualTo("Inheritance");
        String flags = f.call("FTOS_ACC_AccountFlags", "{\"customerInternalId\":\"" + id + "\"}").data().toString();
        assertThat(flags).contains("\"PEP\"").contains("HIGH_RISK");
        assertThat(f.call("FTOS_ACC_AccountPicture", "{\"customerInternalId\":\"" + id + "\"}").data().toString())
                .contains("https://cdn.example.invalid/p/42.jpg");
    }

    @Test
    void names_a_bad_risk_class_or_pep_value_and_a_picture_sent_with_a_new_customer() {
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", customerInfo(
                "\"isPEP\":\"maybe\",\"riskClass\":\"Extreme\",\"pictureUrl\":\"https://cdn.example.invalid/p.jpg\",",
                UniqueValues.tckn(), UniqueValues.phone().value()));
        assertThat(answer.fields()).containsExactlyInAnyOrder("CustomerInfo.isPEP", "CustomerInfo.riskClass", "CustomerInfo.pictureUrl");
    }

    @Test
    void reads_a_13_digit_unique_id_as_a_romanian_cnp_with_its_check_digit() {
        Answer created = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", customerInfo("", "1960503400011", "0721234567"));
        assertThat(created.success()).as(created.body().toString()).isTrue();
        assertThat(stored(created.data().get("customerInternalId").asText()).identifiers())
                .contains(NationalId.romanian("1960503400011"));
        Answer wrongCheckDigit = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", customerInfo("", "1960503400012", "0721234568"));
        assertThat(wrongCheckDigit.fields()).containsExactly("CustomerInfo.UniqueID");
    }

    @Test
    void reads_a_unique_id_of_no_known_form_in_the_default_country_where_it_must_be_a_cnp() {
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", customerInfo("", "P1234567", "+905321112233"));
        assertThat(answer.fields()).containsExactly("CustomerInfo.UniqueID");
        assertThat(answer.body().toString()).contains("CNP").doesNotContain("P1234567");
    }

    @Test
    void reads_the_unique_id_as_the_national_id_of_the_unique_id_country_given_by_code_or_name() {
        Answer withCountry = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer",
                customerInfo("\"UniqueIDCountry\":\"Germany\",", "C01X00T47", "+4915112345678"));
        assertThat(withCountry.success()).as(withCountry.body().toString()).isTrue();
        assertThat(stored(withCountry.data().get("customerInternalId").asText()).identifiers())
                .contains(NationalId.of(dev.opencif.domain.shared.CountryCode.of("DE"), "C01X00T47"));
        Answer unknownCountry = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer",
                customerInfo("\"UniqueIDCountry\":\"Atlantis\",", "C01X00T48", "+4915112345679"));
        assertThat(unknownCountry.fields()).containsExactly("CustomerInfo.UniqueIDCountry");
    }

    @Test
    void rejects_bad_email_and_phone_naming_the_seed_fields() {
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", "{\"CustomerInfo\":{\"firstName\":\"Elif\",\"lastName\":\"Demir\","
                + "\"UniqueID\":\"" + UniqueValues.tckn() + "\",\"email\":\"not-an-email\",\"mobilePhone\":\"abc\"}}");
        assertThat(answer.fields()).containsExactly("CustomerInfo.email", "CustomerInfo.mobilePhone");
    }

    @Test
    void reports_a_duplicate_national_id_by_kind_only() {
        String tckn = UniqueValues.tckn();
        f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", customerInfo("", tckn, UniqueValues.phone().value()));
        Answer again = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer", customerInfo("", tckn, UniqueValues.phone().value()));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.errorCode()).isEqualTo("DUPLICATE_IDENTIFIER");
        assertThat(again.message()).doesNotContain(tckn);
    }

    @Test
    void update_of_an_unknown_customer_is_not_found() {
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer",
                customerInfo("\"customerInternalId\":\"" + UNKNOWN + "\",", UniqueValues.tckn(), UniqueValues.phone().value()));
        assertThat(answer.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void rejects_a_malformed_internal_id() {
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateIndividualCustomer",
                customerInfo("\"customerInternalId\":\"42\",", UniqueValues.tckn(), UniqueValues.phone().value()));
        assertThat(answer.fields()).containsExactly("CustomerInfo.customerInternalId");
    }

    private static String address(String extra) {
        return "{\"AddressInfo\":{" + extra + "\"addressType\":\"HomeAddress\",\"country\":\"TR\",\"district\":\"Kadıköy\","
                + "\"city\":\"İstanbul\",\"streetName\":\"Moda Caddesi\",\"streetNo\":\"12\",\"buildingNo\":\"B\","
                + "\"floorNo\":\"3\",\"apartmentNo\":\"7\",\"postalCode\":\"34710\"}}";
    }

    @Test
    void adds_then_updates_an_address() {
        String id = createCustomer();
        Answer added = f.call("FTOS_ACC_CB_AddUpdateCustomerAddress", address("\"customerInternalId\":\"" + id + "\","));
        assertThat(added.success()).as(added.body().toString()).isTrue();
        assertThat(added.message()).isEqualTo("Address added");
        String addressId = added.data().get("addressIdentifier").asText();
        assertThat(stored(id).addresses()).singleElement().satisfies(a -> {
            assertThat(a.id().toString()).isEqualTo(addressId);
            assertThat(a.type().name()).isEqualTo("HOME");
            assertThat(a.floor()).isEqualTo("3");
        });
        Answer updated = f.call("FTOS_ACC_CB_AddUpdateCustomerAddress", address("\"customerInternalId\":\"" + id
                + "\",\"addressIdentifier\":\"" + addressId + "\",").replace("Moda Caddesi", "Bahariye Caddesi"));
        assertThat(updated.message()).isEqualTo("Address updated");
        assertThat(updated.data().get("addressIdentifier").asText()).isEqualTo(addressId);
        assertThat(stored(id).addresses()).singleElement().satisfies(a -> assertThat(a.streetName()).isEqualTo("Bahariye Caddesi"));
    }

    @Test
    void names_every_missing_mandatory_address_field() {
        String id = createCustomer();
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateCustomerAddress", "{\"AddressInfo\":{\"customerInternalId\":\"" + id + "\"}}");
        assertThat(answer.fields()).containsExactly("AddressInfo.addressType", "AddressInfo.country", "AddressInfo.district",
                "AddressInfo.city", "AddressInfo.streetName", "AddressInfo.streetNo", "AddressInfo.postalCode");
    }

    @Test
    void rejects_an_unknown_address_type_and_country() {
        String id = createCustomer();
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateCustomerAddress", address("\"customerInternalId\":\"" + id + "\",")
                .replace("HomeAddress", "Spaceship").replace("\"TR\"", "\"XX\""));
        assertThat(answer.fields()).containsExactly("AddressInfo.addressType", "AddressInfo.country");
    }

    @Test
    void address_of_an_unknown_customer_or_address_is_not_found() {
        assertThat(f.call("FTOS_ACC_CB_AddUpdateCustomerAddress", address("\"customerInternalId\":\"" + UNKNOWN + "\","))
                .errorCode()).isEqualTo("NOT_FOUND");
        String id = createCustomer();
        assertThat(f.call("FTOS_ACC_CB_AddUpdateCustomerAddress", address("\"customerInternalId\":\"" + id
                + "\",\"addressIdentifier\":\"" + UNKNOWN + "\",")).errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void adds_then_updates_a_representative() {
        String id = createCustomer();
        String person = createCustomer();
        String cif = stored(person).number().toString();
        Answer added = f.call("FTOS_ACC_CB_AddUpdateCustomerRepresentative", "{\"CustomerRepresentativeInfo\":{\"customerInternalId\":\""
                + id + "\",\"customerRepresentativeNo\":\"" + person + "\",\"accountRelationType\":\"LegalRepresentative\"}}");
        assertThat(added.success()).as(added.body().toString()).isTrue();
        String repId = added.data().get("customerRepresentativeIdentifier").asText();
        assertThat(added.data().get("accountRelationType").asText()).isEqualTo("LEGAL_REPRESENTATIVE");
        Answer updated = f.call("FTOS_ACC_CB_AddUpdateCustomerRepresentative", "{\"CustomerRepresentativeInfo\":{\"customerInternalId\":\""
                + id + "\",\"customerRepresentativeIdentifier\":\"" + repId + "\",\"customerRepresentativeNo\":\"" + cif
                + "\",\"accountRelationType\":\"proxy\"}}");
        assertThat(updated.message()).isEqualTo("Representative updated");
        assertThat(stored(id).representatives()).singleElement().satisfies(r -> {
            assertThat(r.id().toString()).isEqualTo(repId);
            assertThat(r.relation().name()).isEqualTo("PROXY");
            assertThat(r.person().toString()).isEqualTo(person);
        });
    }

    @Test
    void names_missing_representative_fields() {
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateCustomerRepresentative", "{\"CustomerRepresentativeInfo\":{}}");
        assertThat(answer.fields()).containsExactly("CustomerRepresentativeInfo.customerRepresentativeNo",
                "CustomerRepresentativeInfo.accountRelationType", "CustomerRepresentativeInfo.customerInternalId");
    }

    @Test
    void representative_who_is_not_a_customer_is_not_found() {
        String id = createCustomer();
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateCustomerRepresentative", "{\"CustomerRepresentativeInfo\":{\"customerInternalId\":\""
                + id + "\",\"customerRepresentativeNo\":\"" + UNKNOWN + "\",\"accountRelationType\":\"GUARDIAN\"}}");
        assertThat(answer.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void rejects_holder_as_a_representative_relation() {
        String id = createCustomer();
        String person = createCustomer();
        Answer answer = f.call("FTOS_ACC_CB_AddUpdateCustomerRepresentative", "{\"CustomerRepresentativeInfo\":{\"customerInternalId\":\""
                + id + "\",\"customerRepresentativeNo\":\"" + person + "\",\"accountRelationType\":\"HOLDER\"}}");
        assertThat(answer.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.fields()).containsExactly("CustomerRepresentativeInfo.accountRelationType");
    }

    private static String application(String customer, String status, String amount) {
        return "{\"customerInternalId\":\"" + customer + "\",\"url\":\"https://apply.example.com/loans/LN-2026-0042\","
                + "\"name\":\"Personal loan\",\"bankingProduct\":\"PERSONAL_LOAN\",\"source\":\"web\",\"businessStatus\":\""
                + status + "\",\"externalId\":\"LN-2026-0042\"" + amount + "}";
    }

    @Test
    void creates_then_updates_an_application_by_external_id() {
        String id = createCustomer();
        Answer created = f.call("FTOS_ACC_CreateUpdateApplication", application(id, "Submitted", ",\"amount\":\"15000.00\",\"currency\":\"try\""));
        assertThat(created.success()).as(created.body().toString()).isTrue();
        String appId = created.data().get("applicationId").asText();
        Answer updated = f.call("FTOS_ACC_CreateUpdateApplication", application(id, "InProgress", ",\"amount\":15000.5"));
        assertThat(updated.data().get("applicationId").asText()).isEqualTo(appId);
        assertThat(updated.data().get("businessStatus").asText()).isEqualTo("IN_PROGRESS");
        var portfolio = f.call("FTOS_ACC_ProductPortfolio", "{\"customerInternalId\":\"" + id + "\"}").data();
        assertThat(portfolio.get("applications").get(0).get("amount").decimalValue()).isEqualByComparingTo("15000.50");
        assertThat(portfolio.get("applications").get(0).get("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void names_missing_application_fields_and_bad_values() {
        Answer missing = f.call("FTOS_ACC_CreateUpdateApplication", "{}");
        assertThat(missing.fields()).containsExactly("customerInternalId", "url", "name", "bankingProduct", "source",
                "businessStatus", "externalId");
        String id = createCustomer();
        Answer bad = f.call("FTOS_ACC_CreateUpdateApplication", application(id, "Dreaming", ",\"amount\":\"-5\"")
                .replace("https://apply.example.com/loans/LN-2026-0042", "not a url"));
        assertThat(bad.fields()).containsExactly("url", "businessStatus", "amount");
    }

    @Test
    void reads_the_seeds_free_text_status_pending_and_agreement_type_gdpr_and_a_country_name() {
        String id = createCustomer();
        Answer pending = f.call("FTOS_ACC_CreateUpdateApplication", application(id, "Pending", ""));
        assertThat(pending.data().get("businessStatus").asText()).as(pending.body().toString()).isEqualTo("IN_PROGRESS");
        Answer gdpr = f.call("FTOS_ACC_AddUpdateCustomerAgreement", agreement(id, "").replace("DataProtection", "GDPR"));
        assertThat(gdpr.data().get("agreementType").asText()).as(gdpr.body().toString()).isEqualTo("DATA_PROTECTION");
        Answer address = f.call("FTOS_ACC_CB_AddUpdateCustomerAddress", "{\"AddressInfo\":{\"customerInternalId\":\"" + id
                + "\",\"addressType\":\"Home\",\"country\":\"România\",\"district\":\"Sector 1\",\"city\":\"București\","
                + "\"streetName\":\"Calea Victoriei\",\"streetNo\":\"12\",\"postalCode\":\"010061\"}}");
        assertThat(address.success()).as(address.body().toString()).isTrue();
        assertThat(stored(id).addresses()).anySatisfy(a -> assertThat(a.country().value()).isEqualTo("RO"));
    }

    @Test
    void a_final_application_cannot_change_status() {
        String id = createCustomer();
        f.call("FTOS_ACC_CreateUpdateApplication", application(id, "Rejected", ""));
        Answer answer = f.call("FTOS_ACC_CreateUpdateApplication", application(id, "Approved", ""));
        assertThat(answer.errorCode()).isEqualTo("INVALID_STATE_TRANSITION");
    }

    @Test
    void application_of_an_unknown_customer_is_not_found() {
        assertThat(f.call("FTOS_ACC_CreateUpdateApplication", application(UNKNOWN, "Draft", "")).errorCode()).isEqualTo("NOT_FOUND");
    }

    private static String agreement(String customer, String extra) {
        return "{\"customerInternalId\":\"" + customer + "\",\"agreementType\":\"DataProtection\",\"startDate\":\"2026-01-15\","
                + "\"sourceId\":\"branch-0042\",\"contractNo\":\"GDPR-2026-118\",\"externalId\":\"crm-consent-77\"" + extra + "}";
    }

    @Test
    void creates_then_updates_an_agreement() {
        String id = createCustomer();
        Answer created = f.call("FTOS_ACC_AddUpdateCustomerAgreement", agreement(id, ""));
        assertThat(created.success()).as(created.body().toString()).isTrue();
        String agreementId = created.data().get("AgreementId").asText();
        assertThat(created.data().get("status").asText()).isEqualTo("ACTIVE");
        Answer updated = f.call("FTOS_ACC_AddUpdateCustomerAgreement", agreement(id, ",\"AgreementId\":\"" + agreementId
                + "\",\"endDate\":\"2027-01-14\""));
        assertThat(updated.message()).isEqualTo("Agreement updated");
        assertThat(updated.data().get("AgreementId").asText()).isEqualTo(agreementId);
    }

    @Test
    void an_open_finance_consent_with_a_grantee_makes_the_customer_visible_to_that_service_user() {
        String id = createCustomer();
        CustomerRef ref = CustomerRef.id(CustomerId.parse(id));
        assertThatThrownBy(() -> f.opencif.getCustomer().get(new GetCustomerQuery(ref, Viewer.serviceUser("fintech-app"))))
                .isInstanceOf(NotFoundException.class);

        Answer granted = f.call("FTOS_ACC_AddUpdateCustomerAgreement", agreement(id, ",\"grantee\":\"fintech-app\"")
                .replace("DataProtection", "OPEN_FINANCE"));

        assertThat(granted.success()).as(granted.body().toString()).isTrue();
        assertThat(f.opencif.getCustomer().get(new GetCustomerQuery(ref, Viewer.serviceUser("fintech-app"))).id().toString())
                .isEqualTo(id);
        assertThatThrownBy(() -> f.opencif.getCustomer().get(new GetCustomerQuery(ref, Viewer.serviceUser("other-app"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void names_missing_agreement_fields_and_bad_dates() {
        Answer missing = f.call("FTOS_ACC_AddUpdateCustomerAgreement", "{}");
        assertThat(missing.fields()).containsExactly("customerInternalId", "agreementType", "startDate", "sourceId");
        String id = createCustomer();
        Answer bad = f.call("FTOS_ACC_AddUpdateCustomerAgreement", agreement(id, "").replace("2026-01-15", "15/01/2026"));
        assertThat(bad.fields()).containsExactly("startDate");
        assertThat(bad.message()).contains("ISO date");
        Answer reversed = f.call("FTOS_ACC_AddUpdateCustomerAgreement", agreement(id, ",\"endDate\":\"2025-12-31\""));
        assertThat(reversed.fields()).containsExactly("endDate");
    }

    @Test
    void agreement_of_unknown_customer_or_id_is_not_found() {
        assertThat(f.call("FTOS_ACC_AddUpdateCustomerAgreement", agreement(UNKNOWN, "")).errorCode()).isEqualTo("NOT_FOUND");
        String id = createCustomer();
        assertThat(f.call("FTOS_ACC_AddUpdateCustomerAgreement", agreement(id, ",\"AgreementId\":\"" + UUID.randomUUID() + "\""))
                .errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void writes_are_logged_as_callaction_interactions_of_the_authenticated_client() {
        String id = createCustomer();
        var interactions = f.call("FTOS_ACC_AccountRecentInteractions", "{\"customerInternalId\":\"" + id
                + "\",\"fromDate\":\"2026-01-15\",\"toDate\":\"2026-01-15\"}").data().get("interactions");
        assertThat(interactions).hasSize(1);
        assertThat(interactions.get(0).get("channel").asText()).isEqualTo("CALLACTION");
        assertThat(interactions.get(0).get("actor").asText()).isEqualTo(CallActionFixture.USER);
    }
}
