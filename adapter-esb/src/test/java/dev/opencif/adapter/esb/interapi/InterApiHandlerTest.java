package dev.opencif.adapter.esb.interapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.adapter.esb.EsbFixture;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.out.CitizenRecord;
import dev.opencif.application.port.out.IdentityRegistryPort;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.onboarding.ProcessId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterApiHandlerTest {
    /** The seed's CreateDigitalCustomer sample, byte for byte but for the AppKey. */
    static final String SEED_CREATE = """
            {
            "Header": {
            "AppKey": "%s",
            "Channel": "API",
            "ChannelSessionId": "331eb5f529c74df2b800926b5f34b874",
            "ChannelRequestId": "5252012362481156055"
            },
            "Parameters": [
            {
            "IsGetProcess": false,
            "DigitalCustomer": {
            "PhoneNumber": "5599999933",
            "CitizenshipNumber": 63021011790,
            "IsFatca": false,
            "IsUSCustomer": false,
            "Email": "cem.okkali@intertech.com.tr",
            "NotificationOnUpdate": true,
            "IsKVKKApproved": true
            }
            }
            ]
            }
            """.formatted(EsbFixture.APP_KEY);

    /** The seed's UpdateDigitalCustomerInformations sample, byte for byte but for the AppKey. */
    static final String SEED_UPDATE = """
            {
            "Header": {
            "AppKey": "%s",
            "Channel": "API",
            "ChannelSessionId": "331eb5f529c74df2b800926b5f34b874",
            "ChannelRequestId": "5252012362481156055"
            },
            "Parameters": [
            {
            "CustomerNo": 5035266140,
            "ProcessId": 2105170309000001,
            "CitizenshipNumber": 17453821786,
            "EducationStatus": "ÜNİVERSİTE",
            "EducationStatusCode": 6,
            "CompanyName": "INTERTECH",
            "SalaryInfo": 12345.0,
            "WorkingStatus": "Özel Sektör Ücretli",
            "WorkingStatusCode": 1,
            "JobTitle": "Mimar,İç Mimar,Mühendis",
            "JobTitleCode": 9,
            "HomeStatus": "Kira",
            "HomeStatusCode": 2,
            "WorkAreaCode": 0,
            "JobAddressInfo": {
            "Type": "WorkAddress",
            "TypeCode": "2",
            "Country": "Türkiye",
            "CountryCode": "90",
            "City": "İstanbul",
            "CityCode": "34",
            "Town": "Pendik",
            "TownCode": "34000020000",
            "District": "Sanayi Mah",
            "DistrictCode": "34000020003",
            "DistrictType": "3",
            "Street": "1. Havaalanı Kavşağı",
            "StreetCode": "22228359",
            "AddressDetail": "test adresi"
            },
            "BranchId": "9860",
            "HomeAddressInfo": {
            "Type": "HomeAddress",
            "TypeCode": "1",
            "Country": "TÜRKİYE",
            "CountryCode": "90",
            "City": "İSTANBUL",
            "CityCode": "34",
            "Town": "BAKIRKÖY",
            "TownCode": "34000003000",
            "District": "ATAKÖY 3-4-11. Mah",
            "DistrictCode": "34000003015",
            "DistrictType": null,
            "Street": "BEHÇET KEMAL ÇAĞLAR CADDESİ",
            "StreetCode": "22030330",
            "AddressDetail": "4. KISIM SİTESİ TO-155 BLOK NO: 30"
            },
            "SelectedAddress": "Home",
            "CalculateLimit": false
            }
            ]
            }
            """.formatted(EsbFixture.APP_KEY);

    /** The seed's CompleteDigitalCustomer sample with its JSON typo ({@code "PhoneNumber: "5559999999",}). */
    static final String SEED_COMPLETE = """
            {
            "Header": {
            "AppKey": "%s",
            "Channel": "API",
            "ChannelSessionId": "331eb5f529c74df2b800926b5f34b874",
            "ChannelRequestId": "5252012362481156055"
            },
            "Parameters": [
            {
            "CustomerNo": 5034971801,
            "ProcessId": 2102260309000002,
            "Email": "test@intertech.com.tr",
            "PhoneNumber: "5559999999",
            "IsApprovedAgent": false,
            "IsCourierSelected": true,
            "UserCode": "INTERTECH\\\\test"
            }
            ]
            }
            """.formatted(EsbFixture.APP_KEY);

    private final EsbFixture fx = new EsbFixture();
    private final InterApiHandler handler = fx.interApi();
    private int requests;

    // ---- the seed's samples --------------------------------------------------------------------------

    @Test
    void seed_create_sample_is_accepted_as_it_is() {
        fx.adapters.identityRegistry().register(new CitizenRecord(NationalId.turkish("63021011790"), new PersonName("Cem", "Okay", null),
                LocalDate.of(1988, 7, 9), null));
        DialectResponse response = postAsIs("CreateDigitalCustomer", SEED_CREATE);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"$type\":\"ServiceResponseMessage\",\"Data\":{\"$type\":\"CreateDigitalCustomerMessage\","
                + "\"ProcessId\":2104280309000001,\"CustomerId\":1000000001,\"State\":2}}");
        CustomerState customer = customer(1000000001L);
        assertThat(customer.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(customer.name().first()).isEqualTo("Cem");
        assertThat(customer.identifiers()).contains(new PhoneNumber("+905599999933"), NationalId.turkish("63021011790"));
        assertThat(fx.adapters.agreements().findByCustomer(customer.id())).extracting(a -> a.state().type())
                .containsExactlyInAnyOrder(AgreementType.KVKK, AgreementType.MARKETING);
    }

    @Test
    void create_takes_personal_data_and_address_from_the_identity_registry() {
        ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        CustomerState customer = customer(1000000001L);
        assertThat(customer.name().first()).isEqualTo("Elif");
        assertThat(customer.birthDate()).isEqualTo(LocalDate.of(1991, 4, 23));
        assertThat(customer.addresses()).extracting(Address::town).containsExactly("Kadıköy");
    }

    @Test
    void create_refuses_a_citizenship_number_with_wrong_check_digits() {
        JsonNode answer = error(postAsIs("CreateDigitalCustomer", SEED_CREATE.replace("63021011790", "63021011791")), 400, "VALIDATION_FAILED");
        assertThat(answer.at("/Error/Fields/0/Field").asText()).isEqualTo("Parameters[0].DigitalCustomer.CitizenshipNumber");
        assertThat(answer.at("/Error/Fields/0/Message").asText()).contains("check digits");
    }

    @Test
    void seed_update_sample_is_accepted_as_it_is_for_its_flow() {
        Customer contact = CustomerBuilder.aCustomer().withNumber(5035266140L).withStatus(CustomerStatus.PROSPECT)
                .withTckn("17453821786").savedIn(fx.adapters.ports());
        fx.adapters.onboardingProcesses().save(OnboardingProcess.start(new ProcessId(2105170309000001L), NationalId.turkish("17453821786"),
                contact.id(), Channel.INTERAPI, null, fx.clock.instant()));
        DialectResponse response = postAsIs("UpdateDigitalCustomerInformations", SEED_UPDATE);
        assertThat(response.bodyText()).isEqualTo("{\"$type\":\"ServiceResponseMessage\",\"Data\":{\"$type\":\"AddDigitalCustomerDocumentsMessage\","
                + "\"CalculateLimit\":false,\"ProcessId\":2105170309000001,\"State\":2}}");
        assertThat(address(customer(5035266140L), AddressType.HOME).streetName()).isEqualTo("BEHÇET KEMAL ÇAĞLAR CADDESİ");
    }

    @Test
    void seed_update_sample_is_answered_not_found_without_its_flow() {
        JsonNode answer = error(postAsIs("UpdateDigitalCustomerInformations", SEED_UPDATE), 404, "NOT_FOUND");
        assertThat(answer.at("/Error/Message").asText()).isEqualTo("OnboardingProcess not found: 2105170309000001");
    }

    @Test
    void seed_complete_sample_gets_a_clear_parse_error() {
        JsonNode answer = error(postAsIs("CompleteDigitalCustomer", SEED_COMPLETE), 400, "MALFORMED_REQUEST");
        assertThat(answer.at("/Error/Message").asText()).contains("line 13").doesNotContain("5559999999", "PhoneNumber");
    }

    @Test
    void seed_complete_sample_with_the_typo_fixed_completes_its_flow() {
        Customer contact = CustomerBuilder.aCustomer().withNumber(5034971801L).withStatus(CustomerStatus.PROSPECT)
                .savedIn(fx.adapters.ports());
        OnboardingProcess process = OnboardingProcess.start(new ProcessId(2102260309000002L), contact.state().identifiers().stream()
                .filter(NationalId.class::isInstance).map(NationalId.class::cast).findFirst().orElseThrow(), contact.id(),
                Channel.INTERAPI, null, fx.clock.instant());
        process.informationUpdated(AddressType.HOME, fx.clock.instant());
        fx.adapters.onboardingProcesses().save(process);
        DialectResponse response = postAsIs("CompleteDigitalCustomer", SEED_COMPLETE.replace("\"PhoneNumber: \"", "\"PhoneNumber\": \""));
        assertThat(response.bodyText()).isEqualTo("{\"$type\":\"ServiceResponseMessage\",\"Data\":{\"$type\":\"CompleteDigitalCustomerMessage\",\"State\":3}}");
        assertThat(customer(5034971801L).status()).isEqualTo(CustomerStatus.CANDIDATE);
    }

    // ---- CreateDigitalCustomer -----------------------------------------------------------------------

    @Test
    void create_returns_the_existing_flow_for_a_citizen_who_has_one() {
        JsonNode first = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        JsonNode again = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-2")));
        assertThat(again.at("/Data/ProcessId").asLong()).isEqualTo(first.at("/Data/ProcessId").asLong());
        assertThat(again.at("/Data/CustomerId").asLong()).isEqualTo(first.at("/Data/CustomerId").asLong());
        assertThat(again.at("/Data/State").asInt()).isEqualTo(InterApiHandler.STATE_IN_PROGRESS);
        assertThat(customerCount()).isEqualTo(1);
    }

    @Test
    void create_returns_the_old_informations_to_the_app_that_started_the_flow_whatever_contact_data_it_sends() {
        JsonNode first = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        JsonNode again = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5321112233", "r-2")
                .replace("elif.demir@", "elif.new@")));
        assertThat(again.at("/Data/ProcessId").asLong()).isEqualTo(first.at("/Data/ProcessId").asLong());
        assertThat(again.at("/Data/CustomerId").asLong()).isEqualTo(first.at("/Data/CustomerId").asLong());
        assertThat(customer(first.at("/Data/CustomerId").asLong()).identifiers()).contains(new PhoneNumber("+905599999933"));
        assertThat(customerCount()).isEqualTo(1);
    }

    @Test
    void another_app_with_other_contact_data_is_not_handed_the_citizens_flow() {
        JsonNode first = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        DialectResponse takeover = post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5321112233", "r-2")
                .replace(EsbFixture.APP_KEY, EsbFixture.OTHER_APP_KEY));
        JsonNode answer = error(takeover, 409, "DUPLICATE_IDENTIFIER");
        assertThat(answer.at("/Error/Message").asText()).isEqualTo("NATIONAL_ID is already in use");
        assertThat(takeover.bodyText()).doesNotContain(first.at("/Data/CustomerId").asText())
                .doesNotContain(first.at("/Data/ProcessId").asText());
        String lookup = create(EsbFixture.ELIF_TCKN, "5321112233", "r-3").replace("\"IsGetProcess\": false", "\"IsGetProcess\": true")
                .replace(EsbFixture.APP_KEY, EsbFixture.OTHER_APP_KEY);
        DialectResponse peek = post("CreateDigitalCustomer", lookup);
        error(peek, 404, "NOT_FOUND");
        assertThat(peek.bodyText()).doesNotContain(first.at("/Data/CustomerId").asText())
                .doesNotContain(first.at("/Data/ProcessId").asText());
        assertThat(customerCount()).isEqualTo(1);
    }

    @Test
    void create_with_is_get_process_only_looks_up() {
        String lookup = create(EsbFixture.ELIF_TCKN, "5599999933", "r-1").replace("\"IsGetProcess\": false", "\"IsGetProcess\": true");
        error(post("CreateDigitalCustomer", lookup), 404, "NOT_FOUND");
        assertThat(customerCount()).isZero();
        ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-2")));
        assertThat(ok(post("CreateDigitalCustomer", lookup.replace("r-1", "r-3"))).at("/Data/State").asInt())
                .isEqualTo(InterApiHandler.STATE_IN_PROGRESS);
    }

    @Test
    void create_refuses_a_citizen_unknown_to_the_identity_registry() {
        JsonNode answer = error(post("CreateDigitalCustomer", create(EsbFixture.UNKNOWN_TCKN, "5599999933", "r-1")), 404, "NOT_FOUND");
        assertThat(answer.at("/Error/Message").asText()).startsWith("Citizen not found").doesNotContain(EsbFixture.UNKNOWN_TCKN);
    }

    @Test
    void create_refuses_a_phone_number_of_another_customer() {
        CustomerBuilder.aCustomer().withPhone("+905599999933").savedIn(fx.adapters.ports());
        JsonNode answer = error(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")), 409, "DUPLICATE_IDENTIFIER");
        assertThat(answer.at("/Error/Message").asText()).isEqualTo("PHONE is already in use");
    }

    @Test
    void create_names_missing_and_invalid_fields() {
        assertThat(field(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "12", "r-1"))))
                .isEqualTo("Parameters[0].DigitalCustomer.PhoneNumber");
        assertThat(field(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-2").replace("elif.demir@example.com.tr", "elif"))))
                .isEqualTo("Parameters[0].DigitalCustomer.Email");
        assertThat(field(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-3").replace("\"Email\": \"elif.demir@example.com.tr\",", ""))))
                .isEqualTo("Parameters[0].DigitalCustomer.Email");
        assertThat(field(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-4").replace("\"IsFatca\": false", "\"IsFatca\": \"perhaps\""))))
                .isEqualTo("Parameters[0].DigitalCustomer.IsFatca");
        assertThat(field(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-5").replaceAll("\"Parameters\": \\[[\\s\\S]*\\]", "\"Parameters\": []"))))
                .isEqualTo("Parameters");
        assertThat(customerCount()).isZero();
    }

    // ---- UpdateDigitalCustomerInformations -----------------------------------------------------------

    @Test
    void update_stores_situation_branch_and_addresses_with_turkish_letters_and_registry_codes() {
        JsonNode created = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        DialectResponse response = post("UpdateDigitalCustomerInformations", update(created, EsbFixture.ELIF_TCKN).replace("\"CalculateLimit\": false", "\"CalculateLimit\": true"));
        assertThat(response.bodyText()).isEqualTo("{\"$type\":\"ServiceResponseMessage\",\"Data\":{\"$type\":\"AddDigitalCustomerDocumentsMessage\","
                + "\"CalculateLimit\":true,\"ProcessId\":2104280309000001,\"State\":2,\"Limit\":37035.00}}");
        CustomerState customer = customer(1000000001L);
        assertThat(customer.kyc().accountLimit()).as("three monthly incomes of 12345.0 TRY, the default policy")
                .isEqualTo(dev.opencif.domain.shared.Money.of("37035", "TRY", 2));
        Address home = address(customer, AddressType.HOME);
        assertThat(home.streetName()).isEqualTo("BEHÇET KEMAL ÇAĞLAR CADDESİ");
        assertThat(home.town()).isEqualTo("BAKIRKÖY");
        assertThat(home.district()).isEqualTo("ATAKÖY 3-4-11. Mah");
        assertThat(home.detail()).isEqualTo("4. KISIM SİTESİ TO-155 BLOK NO: 30");
        assertThat(home.country().value()).isEqualTo("TR");
        assertThat(home.registryCodes().townCode()).isEqualTo("34000003000");
        assertThat(home.registryCodes().districtType()).isNull();
        Address work = address(customer, AddressType.WORK);
        assertThat(work.city()).isEqualTo("İstanbul");
        assertThat(work.streetName()).isEqualTo("1. Havaalanı Kavşağı");
        assertThat(work.registryCodes().districtType()).isEqualTo("3");
        assertThat(customer.kyc().education().label()).isEqualTo("ÜNİVERSİTE");
        assertThat(customer.kyc().education().code()).isEqualTo("6");
        assertThat(customer.kyc().employment().workingStatus().label()).isEqualTo("Özel Sektör Ücretli");
        assertThat(customer.kyc().employment().jobTitle().label()).isEqualTo("Mimar,İç Mimar,Mühendis");
        assertThat(customer.kyc().monthlyIncome().amount()).isEqualByComparingTo("12345.00");
        assertThat(customer.kyc().homeStatus().code()).isEqualTo("2");
        assertThat(customer.branch().value()).isEqualTo("9860");
    }

    @Test
    void update_requires_contact_address_info_when_contact_is_selected() {
        JsonNode created = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        String contact = update(created, EsbFixture.ELIF_TCKN).replace("\"SelectedAddress\": \"Home\"", "\"SelectedAddress\": \"Contact\"");
        assertThat(field(post("UpdateDigitalCustomerInformations", contact))).isEqualTo("Parameters[0].ContactAddressInfo");
        String withContact = contact.replace("\"BranchId\": \"9860\",", "\"BranchId\": \"9860\", \"ContactAddressInfo\": "
                + "{\"Type\": \"ContactAddress\", \"Country\": \"Türkiye\", \"City\": \"İzmir\", \"CityCode\": \"35\", \"Town\": \"Karşıyaka\","
                + " \"District\": \"Bostanlı Mah\", \"Street\": \"Cemal Gürsel Caddesi\", \"AddressDetail\": \"No: 412 D: 7\"},");
        ok(post("UpdateDigitalCustomerInformations", withContact.replace("r-1", "r-2")));
        assertThat(address(customer(1000000001L), AddressType.CONTACT).town()).isEqualTo("Karşıyaka");
    }

    @Test
    void update_names_missing_and_invalid_fields() {
        JsonNode created = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        String update = update(created, EsbFixture.ELIF_TCKN);
        assertThat(field(post("UpdateDigitalCustomerInformations", update.replace("\"Country\": \"TÜRKİYE\"", "\"Country\": \"Atlantis\""))))
                .isEqualTo("Parameters[0].HomeAddressInfo.Country");
        assertThat(field(post("UpdateDigitalCustomerInformations", update.replace("\"Type\": \"HomeAddress\"", "\"Type\": \"WorkAddress\""))))
                .isEqualTo("Parameters[0].HomeAddressInfo.Type");
        assertThat(field(post("UpdateDigitalCustomerInformations", update.replace("\"Town\": \"Pendik\",", ""))))
                .isEqualTo("Parameters[0].JobAddressInfo.Town");
        assertThat(field(post("UpdateDigitalCustomerInformations", update.replace("\"BranchId\": \"9860\",", ""))))
                .isEqualTo("Parameters[0].BranchId");
        assertThat(field(post("UpdateDigitalCustomerInformations", update.replace("\"SalaryInfo\": 12345.0", "\"SalaryInfo\": 12345.678"))))
                .isEqualTo("Parameters[0].SalaryInfo");
        assertThat(field(post("UpdateDigitalCustomerInformations", update.replace("\"SelectedAddress\": \"Home\"", "\"SelectedAddress\": \"Office\""))))
                .isEqualTo("Parameters[0].SelectedAddress");
        assertThat(field(post("UpdateDigitalCustomerInformations", update.replace("\"ProcessId\": 2104280309000001", "\"ProcessId\": 21042803.5"))))
                .isEqualTo("Parameters[0].ProcessId");
        assertThat(field(post("UpdateDigitalCustomerInformations", update.replace("\"EducationStatusCode\": 6,", ""))))
                .isEqualTo("Parameters[0].EducationStatusCode");
    }

    @Test
    void update_refuses_a_process_cif_and_citizen_that_do_not_belong_together() {
        JsonNode created = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        ok(post("CreateDigitalCustomer", create(EsbFixture.MEHMET_TCKN, "5321234567", "r-2")));
        error(post("UpdateDigitalCustomerInformations", update(created, EsbFixture.MEHMET_TCKN)), 404, "NOT_FOUND");
        error(post("UpdateDigitalCustomerInformations", update(created, EsbFixture.ELIF_TCKN).replace("1000000001", "1000000002")), 404, "NOT_FOUND");
    }

    // ---- CompleteDigitalCustomer ---------------------------------------------------------------------

    @Test
    void complete_makes_the_contact_customer_a_candidate_once() {
        JsonNode created = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        ok(post("UpdateDigitalCustomerInformations", update(created, EsbFixture.ELIF_TCKN)));
        DialectResponse completed = post("CompleteDigitalCustomer", complete(created, "r-1"));
        assertThat(completed.bodyText()).isEqualTo("{\"$type\":\"ServiceResponseMessage\",\"Data\":{\"$type\":\"CompleteDigitalCustomerMessage\",\"State\":3}}");
        CustomerState customer = customer(1000000001L);
        assertThat(customer.status()).isEqualTo(CustomerStatus.CANDIDATE);
        assertThat(customer.identifiers()).contains(new PhoneNumber("+905559999999"));
        error(post("CompleteDigitalCustomer", complete(created, "r-2")), 409, "INVALID_STATE_TRANSITION");
        error(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-9")
                .replace(EsbFixture.APP_KEY, EsbFixture.OTHER_APP_KEY)), 409, "DUPLICATE_IDENTIFIER");
        assertThat(ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5559999999", "r-10")
                .replace(EsbFixture.APP_KEY, EsbFixture.OTHER_APP_KEY))).at("/Data/State").asInt())
                .isEqualTo(InterApiHandler.STATE_COMPLETED);
        assertThat(ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-11"))).at("/Data/State").asInt())
                .as("the app that started the flow").isEqualTo(InterApiHandler.STATE_COMPLETED);
    }

    @Test
    void complete_names_missing_and_invalid_fields() {
        JsonNode created = ok(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        assertThat(field(post("CompleteDigitalCustomer", complete(created, "r-1").replace("\"CustomerNo\": 1000000001,", ""))))
                .isEqualTo("Parameters[0].CustomerNo");
        assertThat(field(post("CompleteDigitalCustomer", complete(created, "r-2").replace("5559999999", "55"))))
                .isEqualTo("Parameters[0].PhoneNumber");
        assertThat(field(post("CompleteDigitalCustomer", complete(created, "r-3").replace("\"ProcessId\": 2104280309000001", "\"ProcessId\": -4"))))
                .isEqualTo("Parameters[0].ProcessId");
        error(post("CompleteDigitalCustomer", complete(created, "r-4").replace("2104280309000001", "2104280309000077")), 404, "NOT_FOUND");
        assertThat(customer(1000000001L).status()).isEqualTo(CustomerStatus.PROSPECT);
    }

    // ---- replay --------------------------------------------------------------------------------------

    @Test
    void replays_the_first_answer_to_the_same_request_id_and_changes_nothing() {
        String request = create(EsbFixture.ELIF_TCKN, "5599999933", "r-1");
        DialectResponse first = postAsIs("CreateDigitalCustomer", request);
        int events = fx.adapters.publishedEvents().size();
        DialectResponse replay = postAsIs("CreateDigitalCustomer", request.replace("\"Channel\": \"API\",", "\"Channel\": \"API\",   "));
        assertThat(replay.bodyText()).isEqualTo(first.bodyText());
        assertThat(replay.status()).isEqualTo(first.status());
        assertThat(replay.headers()).containsEntry("Idempotent-Replayed", "true");
        assertThat(fx.adapters.publishedEvents()).hasSize(events);

        JsonNode created = json(first);
        ok(postAsIs("UpdateDigitalCustomerInformations", update(created, EsbFixture.ELIF_TCKN)));
        DialectResponse completed = postAsIs("CompleteDigitalCustomer", complete(created, "r-1"));
        DialectResponse completedAgain = postAsIs("CompleteDigitalCustomer", complete(created, "r-1"));
        assertThat(completedAgain.bodyText()).isEqualTo(completed.bodyText());
        assertThat(completedAgain.status()).isEqualTo(200);
    }

    @Test
    void refuses_a_different_request_under_a_used_request_id() {
        ok(postAsIs("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        JsonNode answer = error(postAsIs("CreateDigitalCustomer", create(EsbFixture.MEHMET_TCKN, "5321234567", "r-1")), 409, "REQUEST_ID_REUSED");
        assertThat(answer.at("/Error/Message").asText()).contains("ChannelRequestId r-1").contains("new ChannelRequestId");
        assertThat(customerCount()).isEqualTo(1);
    }

    @Test
    void keys_replays_by_app_key() {
        InterApiHandler handler = fx.interApi(InterApiConfig.defaults());
        handler.handle(DialectRequest.json("POST", "/interapi/v1/CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")));
        DialectResponse other = handler.handle(DialectRequest.json("POST", "/interapi/v1/CreateDigitalCustomer",
                create(EsbFixture.MEHMET_TCKN, "5321234567", "r-1").replace(EsbFixture.APP_KEY, EsbFixture.OTHER_APP_KEY)));
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.headers()).doesNotContainKey("Idempotent-Replayed");
        assertThat(json(other).at("/Data/CustomerId").asLong()).isEqualTo(1000000002L);
    }

    @Test
    void answers_an_unexpected_failure_with_500_and_runs_the_retry_again() {
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        IdentityRegistryPort registry = fx.adapters.identityRegistry();
        IdentityRegistryPort flaky = citizen -> {
            if (down.getAndSet(false)) {
                throw new IllegalStateException("KPS timeout at 10.0.4.17");
            }
            return registry.lookup(citizen);
        };
        InterApiHandler failing = new InterApiHandler(InterApiUseCases.from(OpenCif.builder()
                .ports(EsbFixture.withPort(fx.adapters.ports(), IdentityRegistryPort.class, flaky)).build()), InterApiConfig.defaults());
        DialectRequest request = DialectRequest.json("POST", "/interapi/v1/CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1"));
        DialectResponse first = failing.handle(request);
        error(first, 500, "INTERNAL_ERROR");
        assertThat(first.bodyText()).doesNotContain("10.0.4.17").doesNotContain("KPS");
        assertThat(ok(failing.handle(request)).at("/Data/State").asInt()).isEqualTo(InterApiHandler.STATE_IN_PROGRESS);
    }

    // ---- envelope and transport ----------------------------------------------------------------------

    @Test
    void refuses_a_missing_or_wrong_app_key_with_401() {
        error(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1").replace(EsbFixture.APP_KEY, "ak-guess")),
                401, "UNAUTHENTICATED");
        error(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1").replace("\"AppKey\": \"" + EsbFixture.APP_KEY + "\",", "")),
                401, "UNAUTHENTICATED");
        assertThat(customerCount()).isZero();
    }

    @Test
    void names_missing_header_fields() {
        assertThat(field(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1").replace("\"ChannelRequestId\": \"r-1\"", "\"X\": 1"))))
                .isEqualTo("Header.ChannelRequestId");
        assertThat(field(post("CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1").replace("\"Channel\": \"API\",", ""))))
                .isEqualTo("Header.Channel");
    }

    @Test
    void answers_transport_failures_in_the_envelope() {
        JsonNode unknown = error(post("DeleteDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1")), 404, "UNKNOWN_METHOD");
        assertThat(unknown.at("/Error/Message").asText()).contains("CompleteDigitalCustomer");
        DialectResponse get = handler.handle(new DialectRequest("GET", "/interapi/v1/CreateDigitalCustomer", "", Map.of(), null));
        error(get, 405, "METHOD_NOT_ALLOWED");
        assertThat(get.headers()).containsEntry("Allow", "POST");
        DialectResponse xml = handler.handle(new DialectRequest("POST", "/interapi/v1/CreateDigitalCustomer", "",
                Map.of("Content-Type", List.of("application/xml")), "<x/>".getBytes(StandardCharsets.UTF_8)));
        error(xml, 415, "UNSUPPORTED_MEDIA_TYPE");
        InterApiHandler small = fx.interApi(InterApiConfig.defaults().withMaxBodyBytes(100));
        error(small.handle(DialectRequest.json("POST", "/interapi/v1/CreateDigitalCustomer", create(EsbFixture.ELIF_TCKN, "5599999933", "r-1"))),
                413, "PAYLOAD_TOO_LARGE");
        error(post("CreateDigitalCustomer", "{\"Header\": "), 400, "MALFORMED_REQUEST");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    static String create(String tckn, String phone, String requestId) {
        return """
                {
                  "Header": {"AppKey": "%s", "Channel": "API", "ChannelSessionId": "9d0c4e7a1b2f4c3d8e5f6a7b8c9d0e1f", "ChannelRequestId": "%s"},
                  "Parameters": [
                    {
                      "IsGetProcess": false,
                      "DigitalCustomer": {
                        "PhoneNumber": "%s",
                        "CitizenshipNumber": %s,
                        "IsFatca": false,
                        "IsUSCustomer": false,
                        "Email": "elif.demir@example.com.tr",
                        "NotificationOnUpdate": true,
                        "IsKVKKApproved": true
                      }
                    }
                  ]
                }
                """.formatted(EsbFixture.APP_KEY, requestId, phone, tckn);
    }

    /** The seed's update sample addressed to the flow of {@code created}. */
    static String update(JsonNode created, String tckn) {
        return SEED_UPDATE.replace("5252012362481156055", "r-1")
                .replace("5035266140", created.at("/Data/CustomerId").asText())
                .replace("2105170309000001", created.at("/Data/ProcessId").asText())
                .replace("17453821786", tckn);
    }

    static String complete(JsonNode created, String requestId) {
        return """
                {
                  "Header": {"AppKey": "%s", "Channel": "API", "ChannelSessionId": "9d0c4e7a1b2f4c3d8e5f6a7b8c9d0e1f", "ChannelRequestId": "%s"},
                  "Parameters": [
                    {
                      "CustomerNo": %s,
                      "ProcessId": %s,
                      "Email": "elif.demir@example.com.tr",
                      "PhoneNumber": "5559999999",
                      "IsApprovedAgent": false,
                      "IsCourierSelected": true,
                      "UserCode": "INTERTECH\\\\test"
                    }
                  ]
                }
                """.formatted(EsbFixture.APP_KEY, requestId, created.at("/Data/CustomerId").asText(), created.at("/Data/ProcessId").asText());
    }

    /** Posts under a fresh ChannelRequestId, so calls of one test are never replays of each other. */
    private DialectResponse post(String method, String body) {
        return postAsIs(method, body.replaceAll("\"ChannelRequestId\": \"[^\"]*\"", "\"ChannelRequestId\": \"auto-" + (++requests) + "\""));
    }

    private DialectResponse postAsIs(String method, String body) {
        return handler.handle(DialectRequest.json("POST", "/interapi/v1/" + method, body));
    }

    private static JsonNode ok(DialectResponse response) {
        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        JsonNode answer = json(response);
        assertThat(answer.get("$type").asText()).isEqualTo("ServiceResponseMessage");
        assertThat(answer.has("Error")).isFalse();
        return answer;
    }

    private static JsonNode error(DialectResponse response, int status, String code) {
        JsonNode answer = json(response);
        assertThat(response.status()).as(response.bodyText()).isEqualTo(status);
        assertThat(answer.get("$type").asText()).isEqualTo("ServiceResponseMessage");
        assertThat(answer.at("/Error/Code").asText()).as(response.bodyText()).isEqualTo(code);
        assertThat(answer.get("Data").isNull()).isTrue();
        return answer;
    }

    private static String field(DialectResponse response) {
        return error(response, 400, "VALIDATION_FAILED").at("/Error/Fields/0/Field").asText();
    }

    private static JsonNode json(DialectResponse response) {
        return EsbFixture.json(response);
    }

    private CustomerState customer(long cif) {
        return fx.adapters.customers().findByNumber(new CustomerNumber(cif)).map(Customer::state).orElseThrow();
    }

    private long customerCount() {
        return fx.adapters.ports().searchCustomers().search(CustomerFilter.ALL, CustomerOrdering.CREATED_AT_ASC, PageRequest.first(10)).total();
    }

    private static Address address(CustomerState customer, AddressType type) {
        return customer.addresses().stream().filter(a -> a.type() == type).findFirst().orElseThrow();
    }
}
