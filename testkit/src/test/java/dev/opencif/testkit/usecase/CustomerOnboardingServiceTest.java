package dev.opencif.testkit.usecase;

import static dev.opencif.testkit.usecase.CustomerServiceTestData.ORIGIN;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.VND;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.consent;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.kyc;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.registration;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.wallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.customer.ConsentGrant;
import dev.opencif.application.port.in.customer.FirstAccount;
import dev.opencif.application.port.in.customer.OnboardCustomerCommand;
import dev.opencif.application.port.in.customer.OnboardingResult;
import dev.opencif.application.service.CustomerOnboardingService;
import dev.opencif.domain.account.AccountEvent;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.agreement.AgreementEvent;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.agreement.AgreementStatus;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.testkit.memory.InMemoryCustomerStore;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerOnboardingServiceTest {
    private final UseCaseFixture fixture = UseCaseFixture.create();
    private final CustomerServiceTestData data = new CustomerServiceTestData(fixture);
    private final CustomerOnboardingService service = new CustomerOnboardingService(fixture.context());

    private CustomerRegistration newRegistration() {
        return registration(null, kyc(KycLevel.EKYC, KycMethod.EKYC), List.of(data.nextNationalId(), data.nextPhone()));
    }

    private OnboardingResult onboard(CustomerRegistration registration, FirstAccount account, List<ConsentGrant> consents) {
        return service.onboard(new OnboardCustomerCommand(ORIGIN, registration, account, consents));
    }

    @Test
    void registers_the_customer_under_a_fresh_cif_and_stores_it() {
        OnboardingResult result = onboard(newRegistration(), null, List.of());

        CustomerState customer = result.customer();
        assertThat(customer.number().value()).isEqualTo(InMemoryCustomerStore.FIRST_CUSTOMER_NUMBER);
        assertThat(customer.version()).isEqualTo(1);
        assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(customer.createdAt()).isEqualTo(fixture.clock().instant());
        assertThat(result.firstAccount()).isEmpty();
        assertThat(fixture.ports().loadCustomer().findById(customer.id()).orElseThrow().state()).isEqualTo(customer);
    }

    @Test
    void gives_every_customer_its_own_cif() {
        CustomerState first = onboard(newRegistration(), null, List.of()).customer();
        CustomerState second = onboard(newRegistration(), null, List.of()).customer();

        assertThat(second.number()).isNotEqualTo(first.number());
        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void opens_the_first_account_with_an_issued_iban_when_none_is_given() {
        CustomerRegistration noKyc = registration(null, KycProfile.none(), List.of(data.nextNationalId()));

        OnboardingResult result = onboard(noKyc, wallet(), List.of());

        AccountState account = result.firstAccount().orElseThrow();
        assertThat(account.customerId()).isEqualTo(result.customer().id());
        assertThat(account.product()).isEqualTo(ProductType.EMONEY_WALLET);
        assertThat(account.asset()).isEqualTo(VND);
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.iban()).isEqualTo(fixture.ports().ibans().ibanFor(account.number()));
        assertThat(fixture.ports().loadAccount().findByCustomer(result.customer().id())).hasSize(1);
    }

    @Test
    void opens_the_first_account_with_the_given_iban() {
        Iban given = Iban.of(CountryCode.of("LT"), "73000" + "00000012345");

        OnboardingResult result = onboard(newRegistration(), new FirstAccount(ProductType.CURRENT_ACCOUNT, VND, given), List.of());

        assertThat(result.firstAccount().orElseThrow().iban()).isEqualTo(given);
        assertThat(fixture.ports().loadAccount().findByIban(given)).isPresent();
    }

    @Test
    void refuses_a_first_account_with_an_iban_of_this_bank_and_registers_nothing() {
        Iban ours = fixture.ports().ibans().ibanFor(new AccountNumber("1234567890"));

        assertThatThrownBy(() -> onboard(newRegistration(), new FirstAccount(ProductType.CURRENT_ACCOUNT, VND, ours), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("iban");
                    assertThat(f.message()).contains("leave it out to have one issued");
                }));
        assertThat(data.customerCount()).isZero();
        assertThat(fixture.ports().loadAccount().findByIban(ours)).isEmpty();
        assertThat(fixture.adapters().publishedEvents()).isEmpty();
    }

    @Test
    void grants_each_consent_through_the_origin_channel() {
        LocalDate today = data.today();

        OnboardingResult result = onboard(newRegistration(), null,
                List.of(consent(AgreementType.KVKK, today), consent(AgreementType.DATA_PROTECTION, today)));

        List<AgreementState> agreements = fixture.ports().agreements().findByCustomer(result.customer().id()).stream()
                .map(a -> a.state()).toList();
        assertThat(agreements).extracting(AgreementState::type)
                .containsExactlyInAnyOrder(AgreementType.KVKK, AgreementType.DATA_PROTECTION);
        assertThat(agreements).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(AgreementStatus.ACTIVE);
            assertThat(a.grantedChannel()).isEqualTo(ORIGIN.channel());
            assertThat(a.grantedAt()).isEqualTo(fixture.clock().instant());
        });
    }

    @Test
    void publishes_the_events_of_the_customer_its_account_and_its_consents() {
        CustomerRegistration noKyc = registration(null, KycProfile.none(), List.of(data.nextNationalId()));

        OnboardingResult result = onboard(noKyc, wallet(), List.of(consent(AgreementType.KVKK, data.today())));

        assertThat(fixture.adapters().events().published(CustomerEvent.Onboarded.class))
                .singleElement().satisfies(e -> assertThat(e.customerId()).isEqualTo(result.customer().id()));
        assertThat(fixture.adapters().events().published(AccountEvent.Opened.class))
                .singleElement().satisfies(e -> assertThat(e.customerId()).isEqualTo(result.customer().id()));
        assertThat(fixture.adapters().events().published(AgreementEvent.ConsentGranted.class))
                .singleElement().satisfies(e -> assertThat(e.agreementType()).isEqualTo(AgreementType.KVKK));
    }

    @Test
    void logs_the_onboarding_as_an_interaction_of_the_new_customer() {
        OnboardingResult result = onboard(newRegistration(), null, List.of());

        assertThat(fixture.adapters().interactions().all()).singleElement().satisfies(i -> {
            assertThat(i.customerId()).isEqualTo(result.customer().id());
            assertThat(i.operation()).isEqualTo("onboard-customer");
            assertThat(i.channel()).isEqualTo(Channel.ESB);
            assertThat(i.requestId()).isEqualTo("req-42");
            assertThat(i.actor()).isEqualTo("esb-client");
            assertThat(i.outcome()).isEqualTo(Outcome.SUCCESS);
        });
    }

    @Test
    void rejects_a_national_id_already_held_by_another_customer_and_writes_nothing() {
        NationalId taken = data.nextNationalId();
        onboard(registration(null, KycProfile.none(), List.of(taken)), null, List.of());
        long customers = data.customerCount();
        int events = fixture.adapters().publishedEvents().size();
        int interactions = fixture.adapters().interactions().all().size();

        CustomerRegistration duplicate = registration(null, KycProfile.none(), List.of(taken, data.nextPhone()));
        assertThatThrownBy(() -> onboard(duplicate, wallet(), List.of(consent(AgreementType.KVKK, data.today()))))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class,
                        e -> assertThat(e.identifierKind()).isEqualTo("NATIONAL_ID"));

        assertThat(data.customerCount()).isEqualTo(customers);
        assertThat(fixture.adapters().publishedEvents()).hasSize(events);
        assertThat(fixture.adapters().interactions().all()).hasSize(interactions);
    }

    @Test
    void rejects_a_phone_already_held_by_another_customer_and_writes_nothing() {
        PhoneNumber taken = data.nextPhone();
        onboard(registration(null, KycProfile.none(), List.<Identifier>of(taken)), null, List.of());
        long customers = data.customerCount();
        int events = fixture.adapters().publishedEvents().size();

        assertThatThrownBy(() -> onboard(registration(null, KycProfile.none(), List.of(data.nextNationalId(), taken)), null, List.of()))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class,
                        e -> assertThat(e.identifierKind()).isEqualTo("PHONE"));

        assertThat(data.customerCount()).isEqualTo(customers);
        assertThat(fixture.adapters().publishedEvents()).hasSize(events);
    }

    @Test
    void rolls_the_customer_back_when_its_first_account_is_refused() {
        CustomerRegistration unverified = registration(null, KycProfile.none(), List.of(data.nextNationalId()));

        assertThatThrownBy(() -> onboard(unverified, new FirstAccount(ProductType.CURRENT_ACCOUNT, VND, null), List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("KYC_LEVEL_TOO_LOW"));

        assertThat(data.customerCount()).isZero();
        assertThat(fixture.adapters().publishedEvents()).isEmpty();
        assertThat(fixture.adapters().interactions().all()).isEmpty();
    }

    @Test
    void rejects_a_command_without_registration_naming_the_field() {
        assertThatThrownBy(() -> service.onboard(new OnboardCustomerCommand(ORIGIN, null, null, List.of())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("registration"));
        assertThat(data.customerCount()).isZero();
    }

    @Test
    void rejects_a_first_account_without_product_naming_the_nested_field() {
        assertThatThrownBy(() -> onboard(newRegistration(), new FirstAccount(null, VND, null), List.of()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("firstAccount.product"));
        assertThat(data.customerCount()).isZero();
    }

    @Test
    void rejects_a_consent_without_terms_naming_its_position() {
        var withoutTerms = new ConsentGrant(AgreementType.KVKK, null);

        assertThatThrownBy(() -> onboard(newRegistration(), null, List.of(consent(AgreementType.TERMS_AND_CONDITIONS, data.today()), withoutTerms)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("consents[1].terms"));
        assertThat(data.customerCount()).isZero();
    }

    @Test
    void rejects_a_birth_date_in_the_future_and_stores_nothing() {
        CustomerRegistration unborn = new CustomerRegistration(CustomerType.INDIVIDUAL, new PersonName("An", "Nguyen", null),
                data.today().plusDays(1), CustomerStatus.PROSPECT, null, null, null, false, null,
                List.of(data.nextNationalId()), null, null, null);

        assertThatThrownBy(() -> onboard(unborn, null, List.of()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("birthDate"));
        assertThat(data.customerCount()).isZero();
        assertThat(fixture.adapters().interactions().all()).extracting(Interaction::operation).isEmpty();
    }
}
