package dev.opencif.domain.customer;

import static dev.opencif.domain.support.DomainAssertions.assertInvalidTransition;
import static dev.opencif.domain.support.DomainAssertions.assertRuleViolated;
import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static dev.opencif.domain.support.TestCustomers.LATER;
import static dev.opencif.domain.support.TestCustomers.MUCH_LATER;
import static dev.opencif.domain.support.TestCustomers.NOW;
import static dev.opencif.domain.support.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.Login;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.NationalIdKind;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.support.TestCustomers;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CustomerTest {
    private static final CustomerNumber CIF = new CustomerNumber(5_035_232_723L);
    private static final PhoneNumber PHONE = new PhoneNumber("+84912345678");
    private static final PhoneNumber OTHER_PHONE = new PhoneNumber("+84987654321");
    private static final NationalId CCCD = NationalId.vietnamese("001099012345");
    private static final NationalId OTHER_CCCD = NationalId.vietnamese("079203001122");
    private static final NationalId CMND = NationalId.vietnamese("123456789");
    private static final NationalId TCKN = NationalId.turkish("63021011790");

    private static CustomerRegistration registration(CustomerStatus status, LocalDate birthDate, Identifier... identifiers) {
        return new CustomerRegistration(null, new PersonName("Nguyễn", "Văn An", null), birthDate, status, null, null, null,
                false, null, List.of(identifiers), null, null, null);
    }

    private static Customer register(Identifier... identifiers) {
        return Customer.register(CustomerId.random(), CIF, registration(CustomerStatus.PROSPECT, null, identifiers), NOW);
    }

    private static Address address(AddressId id, String city) {
        return new Address(id, AddressType.HOME, CountryCode.VN, city, "Ba Đình", null, "Phố Huế", "12", null, null, null,
                "100000", null, null);
    }

    private static ContactDetail contact(ContactMedium medium, String content) {
        return new ContactDetail(ContactDetailId.random(), medium, "private", content, null);
    }

    private static CustomerChanges identifierChange(Identifier... identifiers) {
        return CustomerChanges.none().withIdentifiers(List.of(identifiers));
    }

    @Nested
    class Register {

        @Test
        void registers_under_the_given_id_and_cif_and_records_onboarded() {
            CustomerId id = CustomerId.random();

            Customer customer = Customer.register(id, CIF, registration(CustomerStatus.PROSPECT, LocalDate.of(1990, 1, 31), PHONE), NOW);

            assertThat(customer.id()).isEqualTo(id);
            assertThat(customer.number()).isEqualTo(CIF);
            assertThat(customer.status()).isEqualTo(CustomerStatus.PROSPECT);
            assertThat(customer.phone()).contains(PHONE);
            assertThat(customer.version()).isZero();
            assertThat(customer.isBlacklisted()).isFalse();
            assertThat(customer.state().createdAt()).isEqualTo(NOW);
            assertThat(customer.state().updatedAt()).isEqualTo(NOW);
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.Onboarded(id, CIF, CustomerStatus.PROSPECT, NOW));
        }

        @Test
        void onboarded_event_names_the_customer_aggregate() {
            DomainEvent event = register().pullEvents().get(0);

            assertThat(event.type()).isEqualTo("CustomerOnboarded");
            assertThat(event.aggregateType()).isEqualTo("Customer");
            assertThat(event.occurredAt()).isEqualTo(NOW);
        }

        @Test
        void registration_defaults_to_an_unverified_individual_prospect() {
            CustomerRegistration registration = new CustomerRegistration(null, null, null, null, null, null, null, false,
                    null, null, null, null, null);

            assertThat(registration.type()).isEqualTo(CustomerType.INDIVIDUAL);
            assertThat(registration.name()).isEqualTo(PersonName.NONE);
            assertThat(registration.status()).isEqualTo(CustomerStatus.PROSPECT);
            assertThat(registration.kyc().level()).isEqualTo(KycLevel.NONE);
            assertThat(registration.identifiers()).isEmpty();
            assertThat(registration.contacts()).isEmpty();
            assertThat(registration.addresses()).isEmpty();
        }

        @Test
        void individual_registration_starts_as_prospect() {
            CustomerRegistration registration = CustomerRegistration.individual(new PersonName("An", null, null), List.of(CCCD));

            assertThat(registration.status()).isEqualTo(CustomerStatus.PROSPECT);
            assertThat(registration.identifiers()).containsExactly(CCCD);
        }

        @ParameterizedTest
        @EnumSource(value = CustomerStatus.class, names = {"PROSPECT", "CANDIDATE", "ACTIVE"})
        void may_start_in_an_initial_status(CustomerStatus status) {
            Customer customer = Customer.register(CustomerId.random(), CIF, registration(status, null), NOW);

            assertThat(customer.status()).isEqualTo(status);
            assertThat(customer.pullEvents()).singleElement().isInstanceOfSatisfying(CustomerEvent.Onboarded.class,
                    e -> assertThat(e.status()).isEqualTo(status));
        }

        @ParameterizedTest
        @EnumSource(value = CustomerStatus.class, names = {"BLOCKED", "CLOSED"})
        void rejects_a_non_initial_status(CustomerStatus status) {
            assertValidationFails(() -> registration(status, null), "status");
        }

        @Test
        void rejects_birth_date_in_the_future() {
            assertValidationFails(() -> Customer.register(CustomerId.random(), CIF,
                    registration(CustomerStatus.PROSPECT, LocalDate.of(2024, 5, 2)), NOW), "birthDate");
        }

        @Test
        void rejects_a_birth_date_before_year_1() {
            assertValidationFails(() -> Customer.register(CustomerId.random(), CIF,
                    registration(CustomerStatus.PROSPECT, LocalDate.MIN), NOW), "birthDate");
            assertValidationFails(() -> Customer.register(CustomerId.random(), CIF,
                    registration(CustomerStatus.PROSPECT, LocalDate.of(0, 12, 31)), NOW), "birthDate");
        }

        @Test
        void accepts_birth_date_of_today() {
            Customer customer = Customer.register(CustomerId.random(), CIF, registration(CustomerStatus.PROSPECT, LocalDate.of(2024, 5, 1)), NOW);

            assertThat(customer.state().birthDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        }

        @Test
        void requires_the_time_of_registration() {
            assertValidationFails(() -> Customer.register(CustomerId.random(), CIF, registration(CustomerStatus.PROSPECT, null), null), "now");
        }

        @Test
        void rejects_two_phones() {
            assertValidationFails(() -> register(PHONE, OTHER_PHONE), "identifiers");
        }

        @Test
        void rejects_two_emails_or_two_logins() {
            assertValidationFails(() -> register(new EmailAddress("a@example.com"), new EmailAddress("b@example.com")), "identifiers");
            assertValidationFails(() -> register(new Login("alpha"), new Login("beta")), "identifiers");
        }

        @Test
        void rejects_two_national_ids_of_the_same_kind() {
            assertValidationFails(() -> register(CCCD, OTHER_CCCD), "identifiers");
        }

        @Test
        void rejects_two_passports_of_the_same_country() {
            assertValidationFails(() -> register(NationalId.passport(CountryCode.TR, "U1234567"),
                    NationalId.passport(CountryCode.TR, "U7654321")), "identifiers");
        }

        @Test
        void accepts_national_ids_of_different_kinds_or_countries() {
            Customer customer = register(CCCD, CMND, TCKN, NationalId.passport(CountryCode.TR, "U1234567"),
                    NationalId.passport(CountryCode.VN, "B1234567"), PHONE, new EmailAddress("a@example.com"), new Login("alpha"));

            assertThat(customer.nationalIds()).hasSize(5);
            assertThat(customer.email()).isPresent();
            assertThat(customer.login()).contains(new Login("alpha"));
        }

        @Test
        void rejects_a_banking_username_among_the_identifiers() {
            assertValidationFails(() -> register(new BankingUsername("nguyenvanan")), "identifiers");
        }
    }

    @Nested
    class ChangeStatus {

        @Test
        void requires_a_status() {
            assertValidationFails(() -> aCustomer().build().changeStatus(null, LATER), "status");
        }

        @ParameterizedTest
        @EnumSource(value = CustomerStatus.class, names = {"PROSPECT", "BLOCKED"})
        void blacklisted_customer_cannot_be_activated(CustomerStatus status) {
            Customer customer = aCustomer().status(status).blacklisted("fraud").build();

            assertRuleViolated(() -> customer.changeStatus(CustomerStatus.ACTIVE, LATER), "CUSTOMER_BLACKLISTED");
            assertThat(customer.status()).isEqualTo(status);
            assertThat(customer.pullEvents()).isEmpty();
        }

        @Test
        void blacklisted_customer_can_still_be_closed() {
            Customer customer = aCustomer().status(CustomerStatus.BLOCKED).blacklisted("fraud").build();

            customer.changeStatus(CustomerStatus.CLOSED, LATER);

            assertThat(customer.status()).isEqualTo(CustomerStatus.CLOSED);
            assertThat(customer.isBlacklisted()).isTrue();
        }

        @Test
        void updated_at_never_precedes_created_at() {
            Customer customer = aCustomer().status(CustomerStatus.ACTIVE).build();

            customer.changeStatus(CustomerStatus.BLOCKED, NOW.minusSeconds(3600));

            assertThat(customer.state().updatedAt()).isEqualTo(customer.state().createdAt());
        }

        @Test
        void keeps_the_stored_version() {
            Customer customer = aCustomer().version(7).build();

            customer.changeStatus(CustomerStatus.BLOCKED, LATER);

            assertThat(customer.version()).isEqualTo(7);
        }
    }

    @Nested
    class Blacklist {

        @Test
        void blacklisting_an_active_customer_blocks_it() {
            Customer customer = aCustomer().status(CustomerStatus.ACTIVE).build();

            customer.blacklist("sanctions list match", LATER);

            assertThat(customer.status()).isEqualTo(CustomerStatus.BLOCKED);
            assertThat(customer.isBlacklisted()).isTrue();
            assertThat(customer.state().blacklisting()).isEqualTo(new Blacklisting("sanctions list match", LATER, true));
            assertThat(customer.pullEvents()).containsExactly(
                    new CustomerEvent.Blacklisted(customer.id(), "sanctions list match", LATER),
                    new CustomerEvent.StatusChanged(customer.id(), CustomerStatus.ACTIVE, CustomerStatus.BLOCKED, LATER));
        }

        @ParameterizedTest
        @EnumSource(value = CustomerStatus.class, names = {"PROSPECT", "CANDIDATE", "BLOCKED"})
        void blacklisting_keeps_any_other_open_status(CustomerStatus status) {
            Customer customer = aCustomer().status(status).build();

            customer.blacklist("fraud", LATER);

            assertThat(customer.status()).isEqualTo(status);
            assertThat(customer.isBlacklisted()).isTrue();
            assertThat(customer.state().blacklisting()).isEqualTo(new Blacklisting("fraud", LATER, false));
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.Blacklisted(customer.id(), "fraud", LATER));
        }

        @Test
        void blacklisting_twice_is_refused() {
            Customer customer = aCustomer().build();
            customer.blacklist("fraud", LATER);
            customer.pullEvents();

            assertRuleViolated(() -> customer.blacklist("again", MUCH_LATER), "ALREADY_BLACKLISTED");
            assertThat(customer.state().blacklisting().reason()).isEqualTo("fraud");
            assertThat(customer.pullEvents()).isEmpty();
        }

        @Test
        void closed_customer_cannot_be_blacklisted() {
            Customer customer = aCustomer().status(CustomerStatus.CLOSED).build();

            assertInvalidTransition(() -> customer.blacklist("fraud", LATER), "Customer", CustomerStatus.CLOSED, CustomerStatus.BLOCKED);
            assertThat(customer.isBlacklisted()).isFalse();
        }

        @Test
        void blacklisting_needs_a_reason() {
            Customer customer = aCustomer().build();

            assertValidationFails(() -> customer.blacklist("  ", LATER), "reason");
            assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
            assertThat(customer.isBlacklisted()).isFalse();
        }

        @Test
        void lifting_the_blacklist_reactivates_a_blocked_customer() {
            Customer customer = aCustomer().status(CustomerStatus.ACTIVE).build();
            customer.blacklist("fraud", LATER);
            customer.pullEvents();

            customer.liftBlacklist(MUCH_LATER);

            assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
            assertThat(customer.isBlacklisted()).isFalse();
            assertThat(customer.pullEvents()).containsExactly(
                    new CustomerEvent.BlacklistLifted(customer.id(), MUCH_LATER),
                    new CustomerEvent.StatusChanged(customer.id(), CustomerStatus.BLOCKED, CustomerStatus.ACTIVE, MUCH_LATER));
        }

        @Test
        void lifting_the_blacklist_of_a_customer_blocked_before_keeps_it_blocked() {
            Customer customer = aCustomer().status(CustomerStatus.BLOCKED).build();
            customer.blacklist("fraud", LATER);
            customer.pullEvents();

            customer.liftBlacklist(MUCH_LATER);

            assertThat(customer.status()).isEqualTo(CustomerStatus.BLOCKED);
            assertThat(customer.isBlacklisted()).isFalse();
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.BlacklistLifted(customer.id(), MUCH_LATER));
        }

        @Test
        void lifting_a_restored_blacklisting_reactivates_only_if_it_blocked_the_customer() {
            Customer blockedByIt = aCustomer().status(CustomerStatus.BLOCKED).blacklisted("fraud", true).build();
            Customer blockedBefore = aCustomer().status(CustomerStatus.BLOCKED).blacklisted("fraud", false).build();

            blockedByIt.liftBlacklist(LATER);
            blockedBefore.liftBlacklist(LATER);

            assertThat(blockedByIt.status()).isEqualTo(CustomerStatus.ACTIVE);
            assertThat(blockedBefore.status()).isEqualTo(CustomerStatus.BLOCKED);
        }

        @Test
        void lifting_the_blacklist_of_a_customer_closed_meanwhile_keeps_it_closed() {
            Customer customer = aCustomer().status(CustomerStatus.ACTIVE).build();
            customer.blacklist("fraud", LATER);
            customer.changeStatus(CustomerStatus.CLOSED, LATER);
            customer.pullEvents();

            customer.liftBlacklist(MUCH_LATER);

            assertThat(customer.status()).isEqualTo(CustomerStatus.CLOSED);
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.BlacklistLifted(customer.id(), MUCH_LATER));
        }

        @Test
        void lifting_the_blacklist_of_a_prospect_keeps_it_a_prospect() {
            Customer customer = aCustomer().status(CustomerStatus.PROSPECT).blacklisted("fraud").build();

            customer.liftBlacklist(LATER);

            assertThat(customer.status()).isEqualTo(CustomerStatus.PROSPECT);
            assertThat(customer.isBlacklisted()).isFalse();
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.BlacklistLifted(customer.id(), LATER));
        }

        @Test
        void lifting_when_not_blacklisted_is_refused() {
            Customer customer = aCustomer().status(CustomerStatus.BLOCKED).build();

            assertRuleViolated(() -> customer.liftBlacklist(LATER), "NOT_BLACKLISTED");
            assertThat(customer.status()).isEqualTo(CustomerStatus.BLOCKED);
        }

        @Test
        void after_lifting_the_customer_can_be_blacklisted_again() {
            Customer customer = aCustomer().build();
            customer.blacklist("fraud", LATER);
            customer.liftBlacklist(LATER);

            customer.blacklist("fraud again", MUCH_LATER);

            assertThat(customer.state().blacklisting().reason()).isEqualTo("fraud again");
            assertThat(customer.status()).isEqualTo(CustomerStatus.BLOCKED);
        }
    }

    @Nested
    class ChangeDetails {

        @Test
        void changes_only_the_given_fields() {
            Customer customer = aCustomer().build();
            customer.changeDetails(new CustomerChanges(null, null, Optional.of(new Segment("mass")),
                    Optional.of(new BranchRef("9860")), null, null, null, List.of()), LATER);
            LocalDate birthDate = customer.state().birthDate();
            customer.pullEvents();

            customer.changeDetails(CustomerChanges.none().withName(new PersonName("Mehmet", "Kaya", null)), MUCH_LATER);

            CustomerState state = customer.state();
            assertThat(state.name().fullName()).isEqualTo("Mehmet Kaya");
            assertThat(state.segment()).isEqualTo(new Segment("mass"));
            assertThat(state.branch()).isEqualTo(new BranchRef("9860"));
            assertThat(state.birthDate()).isEqualTo(birthDate);
            assertThat(state.updatedAt()).isEqualTo(MUCH_LATER);
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.DetailsChanged(customer.id(), Set.of("name"), MUCH_LATER));
        }

        @Test
        void optional_empty_clears_a_value() {
            Customer customer = aCustomer().build();
            customer.changeDetails(new CustomerChanges(null, null, Optional.of(new Segment("mass")), Optional.of(new BranchRef("9860")),
                    null, null, Optional.of(URI.create("https://cdn.example.com/p.png")), List.of()), LATER);

            customer.changeDetails(new CustomerChanges(null, Optional.empty(), Optional.empty(), null, null, null,
                    Optional.empty(), List.of()), MUCH_LATER);

            assertThat(customer.state().birthDate()).isNull();
            assertThat(customer.state().segment()).isNull();
            assertThat(customer.state().picture()).isNull();
            assertThat(customer.state().branch()).isEqualTo(new BranchRef("9860"));
        }

        private CustomerChanges pictureChange(URI picture) {
            return new CustomerChanges(null, null, null, null, null, null, Optional.of(picture), List.of());
        }

        @Test
        void picture_fits_the_8192_characters_the_store_holds() {
            Customer customer = aCustomer().build();
            String base = "https://cdn.example.com/";
            URI longest = URI.create(base + "p".repeat(8192 - base.length()));
            URI tooLong = URI.create(base + "p".repeat(8193 - base.length()));

            customer.changeDetails(pictureChange(longest), LATER);
            assertValidationFails(() -> customer.changeDetails(pictureChange(tooLong), MUCH_LATER), "picture");

            assertThat(customer.state().picture()).isEqualTo(longest);
        }

        @Test
        void sets_disabled_flag_and_balance_allowance() {
            Customer customer = aCustomer().build();
            BalanceAllowance allowance = new BalanceAllowance(Money.of("500", "UAH", 2), null);

            customer.changeDetails(new CustomerChanges(null, null, null, null, true, Optional.of(allowance), null, List.of()), LATER);

            assertThat(customer.state().disabled()).isTrue();
            assertThat(customer.state().balanceAllowance()).isEqualTo(allowance);
        }

        @Test
        void no_changes_is_a_no_op() {
            Customer customer = aCustomer().build();
            CustomerState before = customer.state();

            customer.changeDetails(CustomerChanges.none(), LATER);

            assertThat(customer.state()).isEqualTo(before);
            assertThat(customer.pullEvents()).isEmpty();
        }

        @Test
        void rejects_birth_date_in_the_future() {
            Customer customer = aCustomer().build();

            assertValidationFails(() -> customer.changeDetails(new CustomerChanges(null, Optional.of(LocalDate.of(2024, 5, 2)),
                    null, null, null, null, null, List.of()), NOW), "birthDate");
            assertThat(customer.state().birthDate()).isEqualTo(LocalDate.of(1990, 4, 12));
        }

        @Test
        void an_identifier_replaces_the_one_in_its_slot() {
            Customer customer = aCustomer().identifiers(PHONE, CCCD, CMND, new EmailAddress("old@example.com")).build();

            customer.changeDetails(identifierChange(OTHER_PHONE, OTHER_CCCD), LATER);

            assertThat(customer.phone()).contains(OTHER_PHONE);
            assertThat(customer.nationalIds()).containsExactlyInAnyOrder(OTHER_CCCD, CMND);
            assertThat(customer.email()).contains(new EmailAddress("old@example.com"));
            assertThat(customer.state().identifiers()).hasSize(4);
            assertThat(customer.pullEvents()).singleElement().isInstanceOfSatisfying(CustomerEvent.DetailsChanged.class,
                    e -> assertThat(e.fields()).containsExactlyInAnyOrder("phone", "national_id"));
        }

        @Test
        void a_national_id_of_a_new_kind_or_country_is_added() {
            Customer customer = aCustomer().identifiers(CCCD, NationalId.passport(CountryCode.VN, "B1234567")).build();

            customer.changeDetails(identifierChange(NationalId.passport(CountryCode.TR, "U1234567"), TCKN), LATER);

            assertThat(customer.nationalIds()).extracting(NationalId::kind).containsExactlyInAnyOrder(
                    NationalIdKind.VN_CCCD, NationalIdKind.PASSPORT, NationalIdKind.PASSPORT, NationalIdKind.TR_TCKN);
        }

        @Test
        void a_passport_replaces_only_the_passport_of_the_same_country() {
            NationalId vnPassport = NationalId.passport(CountryCode.VN, "B1234567");
            NationalId trPassport = NationalId.passport(CountryCode.TR, "U1234567");
            NationalId newTrPassport = NationalId.passport(CountryCode.TR, "U7654321");
            Customer customer = aCustomer().identifiers(vnPassport, trPassport).build();

            customer.changeDetails(identifierChange(newTrPassport), LATER);

            assertThat(customer.nationalIds()).containsExactlyInAnyOrder(vnPassport, newTrPassport);
        }

        @Test
        void rejects_a_banking_username_as_customer_identifier() {
            Customer customer = aCustomer().identifiers(PHONE).build();

            assertValidationFails(() -> customer.changeDetails(identifierChange(new BankingUsername("nguyenvanan")), LATER), "identifiers");
            assertThat(customer.state().identifiers()).containsExactly(PHONE);
            assertThat(customer.pullEvents()).isEmpty();
        }

        @Test
        void closed_customer_refuses_changes() {
            Customer customer = aCustomer().status(CustomerStatus.CLOSED).build();

            assertRuleViolated(() -> customer.changeDetails(CustomerChanges.none().withName(new PersonName("X", null, null)), LATER),
                    "CUSTOMER_CLOSED");
        }

        @Test
        void changed_fields_name_every_given_component() {
            CustomerChanges changes = new CustomerChanges(PersonName.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
                    false, Optional.empty(), Optional.empty(), List.of(PHONE));

            assertThat(changes.changedFields()).containsExactly("name", "birthDate", "segment", "branch", "disabled",
                    "balanceAllowance", "picture", "phone");
            assertThat(CustomerChanges.none().isEmpty()).isTrue();
        }
    }

    @Nested
    class Kyc {

        @Test
        void updating_kyc_records_the_new_level() {
            Customer customer = aCustomer().kyc(KycLevel.NONE).build();

            customer.updateKyc(k -> k.verifiedAs(KycLevel.STANDARD, KycMethod.IN_BRANCH, LATER), LATER);

            assertThat(customer.state().kyc().level()).isEqualTo(KycLevel.STANDARD);
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.KycChanged(customer.id(), KycLevel.STANDARD, LATER));
        }

        @Test
        void an_unchanged_kyc_profile_records_nothing() {
            Customer customer = aCustomer().kyc(KycLevel.EKYC).build();

            customer.updateKyc(k -> k, LATER);

            assertThat(customer.state().updatedAt()).isEqualTo(NOW);
            assertThat(customer.pullEvents()).isEmpty();
        }

        @Test
        void closed_customer_refuses_kyc_changes() {
            Customer customer = aCustomer().status(CustomerStatus.CLOSED).build();

            assertRuleViolated(() -> customer.updateKyc(k -> k.withRiskClass(dev.opencif.domain.kyc.RiskClass.HIGH), LATER), "CUSTOMER_CLOSED");
        }
    }

    @Nested
    class Addresses {

        @Test
        void adds_an_address_and_records_it() {
            Customer customer = aCustomer().build();
            Address home = address(AddressId.random(), "Hà Nội");

            customer.addAddress(home, LATER);

            assertThat(customer.state().addresses()).containsExactly(home);
            assertThat(customer.findAddress(home.id())).contains(home);
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.AddressSaved(customer.id(), home.id(), LATER));
        }

        @Test
        void rejects_a_second_address_with_the_same_id() {
            AddressId id = AddressId.random();
            Customer customer = aCustomer().addresses(address(id, "Hà Nội")).build();

            assertValidationFails(() -> customer.addAddress(address(id, "Huế"), LATER), "address.id");
            assertThat(customer.state().addresses()).extracting(Address::city).containsExactly("Hà Nội");
        }

        @Test
        void updates_the_address_with_the_same_id_in_place() {
            Address first = address(AddressId.random(), "Hà Nội");
            Address second = address(AddressId.random(), "Đà Nẵng");
            Customer customer = aCustomer().addresses(first, second).build();

            customer.updateAddress(address(first.id(), "Huế"), LATER);

            assertThat(customer.state().addresses()).extracting(Address::city).containsExactly("Huế", "Đà Nẵng");
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.AddressSaved(customer.id(), first.id(), LATER));
        }

        @Test
        void updating_an_unknown_address_is_not_found() {
            Customer customer = aCustomer().addresses(address(AddressId.random(), "Hà Nội")).build();
            AddressId unknown = AddressId.random();

            Throwable thrown = catchThrowable(() -> customer.updateAddress(address(unknown, "Huế"), LATER));

            assertThat(thrown).isInstanceOfSatisfying(NotFoundException.class, e -> {
                assertThat(e.entity()).isEqualTo("Address");
                assertThat(e.key()).isEqualTo(unknown.toString());
            });
            assertThat(customer.findAddress(unknown)).isEmpty();
        }

        @Test
        void closed_customer_refuses_new_addresses() {
            Customer customer = aCustomer().status(CustomerStatus.CLOSED).build();

            assertRuleViolated(() -> customer.addAddress(address(AddressId.random(), "Hà Nội"), LATER), "CUSTOMER_CLOSED");
        }

        @Test
        void address_requires_type_country_and_city() {
            assertValidationFails(() -> new Address(AddressId.random(), null, CountryCode.VN, "Huế", null, null, null, null,
                    null, null, null, null, null, null), "address.type");
            assertValidationFails(() -> new Address(AddressId.random(), AddressType.HOME, null, "Huế", null, null, null, null,
                    null, null, null, null, null, null), "address.country");
            assertValidationFails(() -> address(AddressId.random(), " "), "address.city");
        }

        @Test
        void empty_registry_codes_are_dropped_and_id_can_be_replaced() {
            Address address = new Address(AddressId.random(), AddressType.WORK, CountryCode.TR, "İstanbul", null, null, null,
                    null, null, null, null, null, null, new RegistryCodes(" ", null, null, null, null, null, null));
            AddressId other = AddressId.random();

            assertThat(address.registryCodes()).isNull();
            assertThat(address.withId(other).id()).isEqualTo(other);
            assertThat(address.withId(other).city()).isEqualTo("İstanbul");
        }
    }

    @Nested
    class Contacts {

        @Test
        void adds_a_contact_detail_and_records_it() {
            Customer customer = aCustomer().build();
            ContactDetail email = contact(ContactMedium.EMAIL, "Jane@Example.COM");

            customer.addContactDetail(email, LATER);

            assertThat(customer.state().contacts()).containsExactly(email);
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.ContactDetailAdded(customer.id(), email.id(), LATER));
        }

        @Test
        void email_and_phone_content_is_normalised() {
            assertThat(contact(ContactMedium.EMAIL, " Jane@Example.COM ").content()).isEqualTo("Jane@example.com");
            assertThat(contact(ContactMedium.MOBILE, " +84912345678 ").content()).isEqualTo("+84912345678");
            assertThat(contact(ContactMedium.WEB, " https://example.com ").content()).isEqualTo("https://example.com");
        }

        @Test
        void invalid_email_or_phone_content_is_rejected() {
            assertValidationFails(() -> contact(ContactMedium.EMAIL, "not-an-email"), "email");
            assertValidationFails(() -> contact(ContactMedium.PHONE, "0912345678"), "phone");
            assertValidationFails(() -> contact(ContactMedium.FAX, "fax me"), "phone");
            assertValidationFails(() -> contact(ContactMedium.OTHER, " "), "contactDetail.content");
        }

        @Test
        void rejects_the_same_content_twice_for_one_medium() {
            Customer customer = aCustomer().contacts(contact(ContactMedium.EMAIL, "jane@example.com")).build();

            assertValidationFails(() -> customer.addContactDetail(contact(ContactMedium.EMAIL, "jane@EXAMPLE.com"), LATER),
                    "contactDetail.content");
            assertThat(customer.state().contacts()).hasSize(1);
        }

        @Test
        void accepts_the_same_content_on_another_medium() {
            Customer customer = aCustomer().contacts(contact(ContactMedium.PHONE, "+84912345678")).build();

            customer.addContactDetail(contact(ContactMedium.MOBILE, "+84912345678"), LATER);

            assertThat(customer.state().contacts()).hasSize(2);
        }

        @Test
        void rejects_a_contact_with_an_id_already_used() {
            ContactDetail existing = contact(ContactMedium.EMAIL, "jane@example.com");
            Customer customer = aCustomer().contacts(existing).build();

            assertValidationFails(() -> customer.addContactDetail(
                    new ContactDetail(existing.id(), ContactMedium.WEB, null, "https://example.com", null), LATER), "contactDetail.content");
        }

        @Test
        void closed_customer_refuses_new_contacts() {
            Customer customer = aCustomer().status(CustomerStatus.CLOSED).build();

            assertRuleViolated(() -> customer.addContactDetail(contact(ContactMedium.EMAIL, "a@example.com"), LATER), "CUSTOMER_CLOSED");
        }
    }

    @Nested
    class Representatives {

        @Test
        void adds_a_representative_and_records_it() {
            Customer customer = aCustomer().build();
            Representative proxy = new Representative(RepresentativeId.random(), CustomerId.random(), RelationType.PROXY);

            customer.saveRepresentative(proxy, LATER);

            assertThat(customer.state().representatives()).containsExactly(proxy);
            assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.RepresentativeSaved(customer.id(), proxy.id(), LATER));
        }

        @Test
        void a_customer_cannot_represent_itself() {
            Customer customer = aCustomer().build();

            assertValidationFails(() -> customer.saveRepresentative(
                    new Representative(RepresentativeId.random(), customer.id(), RelationType.PROXY), LATER), "representative.person");
            assertThat(customer.state().representatives()).isEmpty();
            assertThat(customer.pullEvents()).isEmpty();
        }

        @Test
        void holder_is_not_a_representative_relation() {
            assertValidationFails(() -> new Representative(RepresentativeId.random(), CustomerId.random(), RelationType.HOLDER),
                    "representative.relation");
        }

        @Test
        void rejects_the_same_person_twice_in_the_same_relation() {
            CustomerId guardian = CustomerId.random();
            Customer customer = aCustomer()
                    .representatives(new Representative(RepresentativeId.random(), guardian, RelationType.GUARDIAN)).build();

            assertValidationFails(() -> customer.saveRepresentative(
                    new Representative(RepresentativeId.random(), guardian, RelationType.GUARDIAN), LATER), "representatives");
            assertThat(customer.state().representatives()).hasSize(1);
        }

        @Test
        void accepts_the_same_person_in_another_relation() {
            CustomerId person = CustomerId.random();
            Customer customer = aCustomer()
                    .representatives(new Representative(RepresentativeId.random(), person, RelationType.GUARDIAN)).build();

            customer.saveRepresentative(new Representative(RepresentativeId.random(), person, RelationType.SPOUSE), LATER);

            assertThat(customer.state().representatives()).extracting(Representative::relation)
                    .containsExactlyInAnyOrder(RelationType.GUARDIAN, RelationType.SPOUSE);
        }

        @Test
        void saving_with_an_existing_id_replaces_that_representative() {
            RepresentativeId id = RepresentativeId.random();
            CustomerId person = CustomerId.random();
            Customer customer = aCustomer().representatives(new Representative(id, person, RelationType.PROXY)).build();

            customer.saveRepresentative(new Representative(id, person, RelationType.LEGAL_REPRESENTATIVE), LATER);

            assertThat(customer.state().representatives()).containsExactly(new Representative(id, person, RelationType.LEGAL_REPRESENTATIVE));
        }

        @Test
        void closed_customer_refuses_representatives() {
            Customer customer = aCustomer().status(CustomerStatus.CLOSED).build();

            assertRuleViolated(() -> customer.saveRepresentative(
                    new Representative(RepresentativeId.random(), CustomerId.random(), RelationType.PROXY), LATER), "CUSTOMER_CLOSED");
        }
    }

    @Nested
    class Restore {

        @Test
        void restores_a_valid_state_without_events() {
            CustomerState state = aCustomer().status(CustomerStatus.BLOCKED).blacklisted("fraud").identifiers(PHONE, CCCD).version(12).state();

            Customer customer = Customer.restore(state);

            assertThat(customer.state()).isEqualTo(state);
            assertThat(customer.version()).isEqualTo(12);
            assertThat(customer.pullEvents()).isEmpty();
        }

        @Test
        void rejects_a_blacklisted_customer_in_active_state() {
            assertValidationFails(() -> aCustomer().status(CustomerStatus.ACTIVE).blacklisted("fraud").build(), "status");
        }

        @Test
        void rejects_two_phones() {
            assertValidationFails(() -> aCustomer().identifiers(PHONE, OTHER_PHONE).build(), "identifiers");
        }

        @Test
        void rejects_two_national_ids_of_the_same_kind() {
            assertValidationFails(() -> aCustomer().identifiers(CCCD, OTHER_CCCD).build(), "identifiers");
        }

        @Test
        void rejects_a_banking_username() {
            assertValidationFails(() -> aCustomer().identifiers(new BankingUsername("abcd")).build(), "identifiers");
        }

        @Test
        void rejects_duplicate_address_contact_or_representative_ids() {
            AddressId addressId = AddressId.random();
            assertValidationFails(() -> aCustomer().addresses(address(addressId, "Huế"), address(addressId, "Huế")).build(), "addresses");

            ContactDetailId contactId = ContactDetailId.random();
            assertValidationFails(() -> aCustomer().contacts(
                    new ContactDetail(contactId, ContactMedium.EMAIL, null, "a@example.com", null),
                    new ContactDetail(contactId, ContactMedium.EMAIL, null, "b@example.com", null)).build(), "contacts");

            RepresentativeId repId = RepresentativeId.random();
            assertValidationFails(() -> aCustomer().representatives(
                    new Representative(repId, CustomerId.random(), RelationType.PROXY),
                    new Representative(repId, CustomerId.random(), RelationType.SPOUSE)).build(), "representatives");
        }

        @Test
        void rejects_self_representation() {
            CustomerId id = CustomerId.random();

            assertValidationFails(() -> aCustomer().id(id)
                    .representatives(new Representative(RepresentativeId.random(), id, RelationType.PROXY)).build(), "representative.person");
        }

        @Test
        void names_the_repeated_identifier_type_or_national_id_kind() {
            assertThat(assertValidationFails(() -> aCustomer().identifiers(PHONE, CCCD, OTHER_PHONE).build(), "identifiers")
                    .errors().get(0).message()).isEqualTo("at most one PHONE per customer");
            assertThat(assertValidationFails(() -> aCustomer().identifiers(CCCD, PHONE, OTHER_CCCD).build(), "identifiers")
                    .errors().get(0).message()).isEqualTo("at most one VN_CCCD per customer");
        }

        @Test
        void reports_the_first_broken_identifier_rule_in_list_order() {
            BankingUsername username = new BankingUsername("abcd");

            assertThat(assertValidationFails(() -> aCustomer().identifiers(PHONE, OTHER_PHONE, username).build(), "identifiers")
                    .errors().get(0).message()).isEqualTo("at most one PHONE per customer");
            assertThat(assertValidationFails(() -> aCustomer().identifiers(PHONE, username, OTHER_PHONE).build(), "identifiers")
                    .errors().get(0).message()).isEqualTo("a banking username belongs to the banking user, not the customer");
        }

        @Test
        void checks_long_lists_as_strictly_as_short_ones() {
            Address[] distinct = new Address[20];
            for (int i = 0; i < distinct.length; i++) {
                distinct[i] = address(AddressId.random(), "Huế");
            }
            assertThat(aCustomer().addresses(distinct).build().state().addresses()).hasSize(20);

            Address[] repeated = distinct.clone();
            repeated[19] = address(distinct[3].id(), "Hà Nội");
            assertThat(assertValidationFails(() -> aCustomer().addresses(repeated).build(), "addresses")
                    .errors().get(0).message()).isEqualTo("contains the same entry twice");
        }

        @Test
        void rejects_the_same_person_twice_in_one_relation_and_accepts_it_in_two() {
            CustomerId person = CustomerId.random();

            assertValidationFails(() -> aCustomer().representatives(
                    new Representative(RepresentativeId.random(), person, RelationType.PROXY),
                    new Representative(RepresentativeId.random(), person, RelationType.PROXY)).build(), "representatives");
            assertThat(aCustomer().representatives(
                    new Representative(RepresentativeId.random(), person, RelationType.PROXY),
                    new Representative(RepresentativeId.random(), person, RelationType.SPOUSE)).build().state().representatives())
                    .hasSize(2);
        }

        @Test
        void state_rejects_updated_at_before_created_at_and_negative_version() {
            CustomerState valid = aCustomer().state();

            assertValidationFails(() -> new CustomerState(valid.id(), valid.number(), valid.type(), valid.name(), valid.birthDate(),
                    valid.status(), null, null, null, false, null, valid.kyc(), List.of(), List.of(), List.of(), List.of(), null,
                    null, NOW, NOW.minusSeconds(1), 0), "updatedAt");
            assertValidationFails(() -> aCustomer().version(-1).state(), "version");
        }
    }

    @Nested
    class Events {

        @Test
        void pull_events_drains_the_recorded_events() {
            Customer customer = register(PHONE);
            customer.changeStatus(CustomerStatus.ACTIVE, LATER);

            assertThat(customer.pullEvents()).extracting(DomainEvent::type)
                    .containsExactly("CustomerOnboarded", "CustomerStatusChanged");
            assertThat(customer.pullEvents()).isEmpty();
        }

        @Test
        void events_carry_the_customer_id_as_aggregate_id() {
            Customer customer = register();

            assertThat(customer.pullEvents()).singleElement()
                    .satisfies(e -> assertThat(e.aggregateId()).isEqualTo(customer.id().toString()));
        }

        @Test
        void a_refused_change_records_no_event() {
            Customer customer = TestCustomers.aCustomer().status(CustomerStatus.CLOSED).build();

            catchThrowable(() -> customer.changeStatus(CustomerStatus.ACTIVE, LATER));

            assertThat(customer.pullEvents()).isEmpty();
        }
    }
}
