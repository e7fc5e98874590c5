package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.onboarding.CompleteDigitalOnboardingCommand;
import dev.opencif.application.port.in.onboarding.OnboardingStatus;
import dev.opencif.application.port.in.onboarding.StartDigitalOnboardingCommand;
import dev.opencif.application.port.in.onboarding.UpdateDigitalOnboardingCommand;
import dev.opencif.application.port.out.CitizenRecord;
import dev.opencif.application.service.DigitalOnboardingService;
import dev.opencif.application.service.IncomeMultipleLimitPolicy;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementEvent;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.BranchRef;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.customer.RegistryCodes;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.kyc.CodedValue;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.onboarding.OnboardingEvent;
import dev.opencif.domain.onboarding.OnboardingProcessState;
import dev.opencif.domain.onboarding.OnboardingState;
import dev.opencif.domain.onboarding.ProcessId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitalOnboardingServiceTest {
    private static final Channel API = Channel.of("API");
    private static final Origin ORIGIN = new Origin(API, "5252012362481156055", "331eb5f529c74df2b800926b5f34b874");
    /** Another authenticated client of the same channel: it did not start the flows ORIGIN starts. */
    private static final Origin OTHER_CLIENT = new Origin(API, "r-other-1", "appkey-0123456789ab");
    private static final NationalId CITIZEN = NationalId.turkish("17453821786");
    private static final NationalId OTHER_CITIZEN = NationalId.turkish("63021011790");
    private static final PhoneNumber PHONE = PhoneNumber.parse("5599999933", CountryCode.TR);
    private static final EmailAddress EMAIL = new EmailAddress("cem.okkali@intertech.com.tr");
    private static final LocalDate BIRTH_DATE = LocalDate.of(1986, 3, 21);
    private static final Address REGISTERED = new Address(AddressId.random(), AddressType.REGISTERED, CountryCode.TR,
            "ANKARA", "KIZILAY Mah", "ÇANKAYA", "ATATÜRK BULVARI", "12", null, null, null, "06420", null, null);
    private static final Address HOME = new Address(AddressId.random(), AddressType.HOME, CountryCode.TR, "İSTANBUL",
            "ATAKÖY 3-4-11. Mah", "BAKIRKÖY", "BEHÇET KEMAL ÇAĞLAR CADDESİ", null, null, null, null, null,
            "4. KISIM SİTESİ TO-155 BLOK NO: 30",
            new RegistryCodes("1", "90", "34", "34000003000", "34000003015", null, "22030330"));
    private static final Address JOB = new Address(AddressId.random(), AddressType.WORK, CountryCode.TR, "İstanbul",
            "Sanayi Mah", "Pendik", "1. Havaalanı Kavşağı", null, null, null, null, null, "test adresi",
            new RegistryCodes("2", "90", "34", "34000020000", "34000020003", "3", "22228359"));
    private static final Address CONTACT = new Address(AddressId.random(), AddressType.CONTACT, CountryCode.TR, "İzmir",
            "Alsancak Mah", "Konak", "Kıbrıs Şehitleri Caddesi", "7", null, null, null, null, "Şükrü Bey apt.", null);
    private static final CodedValue EDUCATION = new CodedValue("6", "ÜNİVERSİTE");
    private static final Employment EMPLOYMENT = new Employment(new CodedValue("1", "Özel Sektör Ücretli"),
            new CodedValue("9", "Mimar,İç Mimar,Mühendis"), "INTERTECH", "0");
    private static final Money SALARY = Money.of("12345.0", "TRY", 2);
    private static final CodedValue HOME_STATUS = new CodedValue("2", "Kira");

    private final UseCaseFixture fx = UseCaseFixture.create();
    private final DigitalOnboardingService service = new DigitalOnboardingService(fx.context(), IncomeMultipleLimitPolicy.DEFAULT);

    DigitalOnboardingServiceTest() {
        fx.adapters().identityRegistry()
                .register(new CitizenRecord(CITIZEN, new PersonName("BEHÇET", "ÇAĞLAR", "KEMAL"), BIRTH_DATE, REGISTERED))
                .register(new CitizenRecord(OTHER_CITIZEN, new PersonName("Cem", "Okkalı", null), BIRTH_DATE, null));
    }

    // ---- start ----------------------------------------------------------------------------------

    @Test
    void starts_the_flow_with_a_prospect_built_from_the_registrys_data() {
        OnboardingStatus status = service.start(start(CITIZEN, PHONE, true, true, false));

        assertThat(status.existing()).isFalse();
        assertThat(status.state()).isEqualTo(OnboardingState.CREATED);
        CustomerState customer = customer(status.customerId());
        assertThat(status.customerNumber()).isEqualTo(customer.number());
        assertThat(customer.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(customer.name()).isEqualTo(new PersonName("BEHÇET", "ÇAĞLAR", "KEMAL"));
        assertThat(customer.birthDate()).isEqualTo(BIRTH_DATE);
        assertThat(customer.identifiers()).containsExactlyInAnyOrder(CITIZEN, PHONE, EMAIL);
        assertThat(customer.addresses()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AddressType.HOME);
            assertThat(a.id()).isNotEqualTo(REGISTERED.id());
            assertThat(a.withId(REGISTERED.id())).isEqualTo(retyped(REGISTERED, AddressType.HOME));
        });
        assertThat(customer.kyc().level()).isEqualTo(KycLevel.NONE);
        assertThat(customer.kyc().fatca()).isTrue();
        assertThat(customer.kyc().usPerson()).isFalse();
        assertThat(customer.kyc().pep()).isFalse();

        OnboardingProcessState process = fx.ports().onboardingProcesses().findById(status.processId()).orElseThrow().state();
        assertThat(process.citizen()).isEqualTo(CITIZEN);
        assertThat(process.customerId()).isEqualTo(customer.id());
        assertThat(process.channel()).isEqualTo(API);

        assertThat(fx.ports().agreements().findByCustomer(customer.id())).extracting(a -> a.state().type())
                .containsExactlyInAnyOrder(AgreementType.KVKK, AgreementType.MARKETING);
        Agreement kvkk = fx.ports().agreements().findByCustomer(customer.id()).stream()
                .filter(a -> a.state().type() == AgreementType.KVKK).findFirst().orElseThrow();
        assertThat(kvkk.state().terms().startDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(kvkk.state().terms().source()).isEqualTo("API");
        assertThat(kvkk.state().grantedChannel()).isEqualTo(API);
        assertThat(kvkk.isEffectiveAt(fx.clock().instant())).isTrue();

        assertThat(fx.adapters().publishedEvents()).extracting(DomainEvent::getClass).containsExactly(
                CustomerEvent.Onboarded.class, AgreementEvent.ConsentGranted.class, AgreementEvent.ConsentGranted.class,
                OnboardingEvent.Started.class);
        assertThat(operations()).containsExactly("create-digital-customer");
    }

    @Test
    void records_no_consent_the_citizen_did_not_give() {
        OnboardingStatus status = service.start(start(CITIZEN, PHONE, false, false, false));

        assertThat(fx.ports().agreements().findByCustomer(status.customerId())).isEmpty();
    }

    @Test
    void gives_the_prospect_no_address_when_the_registry_has_none() {
        OnboardingStatus status = service.start(start(OTHER_CITIZEN, PHONE, true, true, false));

        assertThat(customer(status.customerId()).addresses()).isEmpty();
    }

    @Test
    void starting_again_returns_the_existing_flow_and_changes_nothing() {
        OnboardingStatus first = service.start(start(CITIZEN, PHONE, true, true, false));
        List<DomainEvent> events = fx.adapters().publishedEvents();

        OnboardingStatus again = service.start(start(CITIZEN, PHONE, false, false, false));

        assertThat(again).isEqualTo(new OnboardingStatus(first.processId(), first.customerId(), first.customerNumber(),
                OnboardingState.CREATED, true, null));
        assertThat(customerCount()).isEqualTo(1);
        assertThat(customer(first.customerId()).identifiers()).contains(PHONE);
        assertThat(fx.adapters().publishedEvents()).isEqualTo(events);
        assertThat(operations()).containsExactly("create-digital-customer");
    }

    @Test
    void racing_starts_for_one_citizen_all_answer_the_one_flow() throws Exception {
        int racers = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<OnboardingStatus>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return service.start(start(CITIZEN, PHONE, true, true, false));
                }));
            }
            go.countDown();
            java.util.Set<Object> processes = new java.util.HashSet<>();
            int fresh = 0;
            for (java.util.concurrent.Future<OnboardingStatus> answer : answers) {
                OnboardingStatus status = answer.get(20, java.util.concurrent.TimeUnit.SECONDS);
                processes.add(status.processId());
                fresh += status.existing() ? 0 : 1;
            }
            assertThat(processes).hasSize(1);
            assertThat(fresh).as("starts that created the flow").isEqualTo(1);
            assertThat(customerCount()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void another_client_starting_again_with_another_phone_is_refused_like_a_taken_national_id_and_learns_no_flow() {
        OnboardingStatus first = service.start(start(CITIZEN, PHONE, true, true, false));
        List<DomainEvent> events = fx.adapters().publishedEvents();

        assertThatThrownBy(() -> service.start(startBy(OTHER_CLIENT, CITIZEN, new PhoneNumber("+905551112233"), false)))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> {
                    assertThat(e.identifierKind()).isEqualTo("NATIONAL_ID");
                    assertThat(e.getMessage()).doesNotContain(first.customerNumber().toString())
                            .doesNotContain(first.processId().toString()).doesNotContain(CITIZEN.value());
                });
        assertThat(customerCount()).isEqualTo(1);
        assertThat(customer(first.customerId()).identifiers()).containsExactlyInAnyOrder(CITIZEN, PHONE, EMAIL);
        assertThat(fx.adapters().publishedEvents()).isEqualTo(events);
        assertThat(operations()).containsExactly("create-digital-customer");
    }

    @Test
    void another_client_starting_again_with_another_email_is_refused_like_a_taken_national_id() {
        service.start(start(CITIZEN, PHONE, true, true, false));

        assertThatThrownBy(() -> service.start(new StartDigitalOnboardingCommand(OTHER_CLIENT, CITIZEN, PHONE,
                new EmailAddress("someone.else@example.com"), true, false, true, true, false)))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> assertThat(e.identifierKind()).isEqualTo("NATIONAL_ID"));
        assertThat(customerCount()).isEqualTo(1);
    }

    @Test
    void another_client_starting_again_matches_the_email_ignoring_its_case() {
        OnboardingStatus first = service.start(start(CITIZEN, PHONE, true, true, false));

        OnboardingStatus again = service.start(new StartDigitalOnboardingCommand(OTHER_CLIENT, CITIZEN, PHONE,
                new EmailAddress("Cem.Okkali@Intertech.com.tr"), true, false, true, true, false));

        assertThat(again.processId()).isEqualTo(first.processId());
        assertThat(again.existing()).isTrue();
    }

    @Test
    void another_clients_lookup_with_other_contact_data_is_not_found_exactly_like_a_citizen_without_a_flow() {
        String withoutFlow = notFound(() -> service.start(start(CITIZEN, PHONE, true, true, true)));
        service.start(start(CITIZEN, PHONE, true, true, false));

        String withOtherPhone = notFound(() -> service.start(startBy(OTHER_CLIENT, CITIZEN, new PhoneNumber("+905551112233"), true)));
        String withOtherEmail = notFound(() -> service.start(new StartDigitalOnboardingCommand(OTHER_CLIENT, CITIZEN, PHONE,
                new EmailAddress("someone.else@example.com"), true, false, true, true, true)));

        assertThat(withOtherPhone).isEqualTo(withoutFlow).isEqualTo(withOtherEmail);
        assertThat(operations()).containsExactly("create-digital-customer");
    }

    @Test
    void after_completion_another_client_gets_the_flow_only_for_the_confirmed_contact_data() {
        OnboardingStatus started = service.start(start(CITIZEN, PHONE, true, true, false));
        service.update(update(started, HOME, JOB, null, AddressType.HOME));
        EmailAddress newEmail = new EmailAddress("test@intertech.com.tr");
        PhoneNumber newPhone = PhoneNumber.parse("5559999999", CountryCode.TR);
        service.complete(complete(started, newEmail, newPhone));

        assertThatThrownBy(() -> service.start(startBy(OTHER_CLIENT, CITIZEN, PHONE, false)))
                .isInstanceOf(DuplicateIdentifierException.class);
        OnboardingStatus found = service.start(new StartDigitalOnboardingCommand(OTHER_CLIENT, CITIZEN, newPhone, newEmail,
                true, false, true, true, true));
        assertThat(found.processId()).isEqualTo(started.processId());
        assertThat(found.state()).isEqualTo(OnboardingState.COMPLETED);
    }

    @Test
    void the_client_that_started_the_flow_gets_its_old_informations_whatever_contact_data_it_sends_now() {
        OnboardingStatus first = service.start(start(CITIZEN, PHONE, true, true, false));
        Origin sameClientLater = new Origin(API, "another-request", ORIGIN.actor());

        OnboardingStatus again = service.start(new StartDigitalOnboardingCommand(sameClientLater, CITIZEN,
                new PhoneNumber("+905551112233"), new EmailAddress("new.address@example.com"), true, false, true, true, false));
        OnboardingStatus looked = service.start(new StartDigitalOnboardingCommand(sameClientLater, CITIZEN,
                new PhoneNumber("+905551112233"), new EmailAddress("new.address@example.com"), true, false, true, true, true));

        assertThat(again.existing()).isTrue();
        assertThat(again.processId()).isEqualTo(first.processId()).isEqualTo(looked.processId());
        assertThat(again.customerNumber()).isEqualTo(first.customerNumber());
        assertThat(customer(first.customerId()).identifiers()).containsExactlyInAnyOrder(CITIZEN, PHONE, EMAIL);
        assertThat(fx.ports().onboardingProcesses().findById(first.processId()).orElseThrow().state().startedBy())
                .isEqualTo(ORIGIN.actor());
    }

    @Test
    void calculate_limit_keeps_the_limit_the_banks_policy_grants_and_answers_it() {
        OnboardingStatus started = service.start(start(CITIZEN, PHONE, true, true, false));

        OnboardingStatus updated = service.update(update(started, HOME, JOB, null, AddressType.HOME, true));

        Money expected = Money.of("37035", "TRY", 2);
        assertThat(updated.accountLimit()).isEqualTo(expected);
        assertThat(customer(started.customerId()).kyc().accountLimit()).isEqualTo(expected);
        assertThat(customer(started.customerId()).kyc().level()).isEqualTo(KycLevel.NONE);
    }

    @Test
    void without_calculate_limit_no_limit_is_set() {
        OnboardingStatus started = service.start(start(CITIZEN, PHONE, true, true, false));

        assertThat(service.update(update(started, HOME, JOB, null, AddressType.HOME)).accountLimit()).isNull();
        assertThat(customer(started.customerId()).kyc().accountLimit()).isNull();
    }

    @Test
    void a_bank_policy_replaces_the_default_rule() {
        DigitalOnboardingService strict = new DigitalOnboardingService(fx.context(),
                new IncomeMultipleLimitPolicy(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(5000), java.util.Set.of("1")));
        OnboardingStatus started = strict.start(start(CITIZEN, PHONE, true, true, false));

        OnboardingStatus updated = strict.update(update(started, HOME, JOB, null, AddressType.HOME, true));

        assertThat(updated.accountLimit()).as("working status code 1 earns no limit under this policy").isNull();
    }

    @Test
    void a_lookup_returns_the_existing_flow_in_its_current_state() {
        OnboardingStatus first = service.start(start(CITIZEN, PHONE, true, true, false));
        service.update(update(first, HOME, JOB, null, AddressType.HOME));

        OnboardingStatus found = service.start(start(CITIZEN, PHONE, true, true, true));

        assertThat(found.existing()).isTrue();
        assertThat(found.processId()).isEqualTo(first.processId());
        assertThat(found.state()).isEqualTo(OnboardingState.INFORMATION_UPDATED);
    }

    @Test
    void a_lookup_without_a_flow_is_not_found_and_masks_the_citizen() {
        assertThatThrownBy(() -> service.start(start(CITIZEN, PHONE, true, true, true)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entity()).isEqualTo("OnboardingProcess");
                    assertThat(e.getMessage()).doesNotContain(CITIZEN.value()).contains("1786");
                });
        assertThat(customerCount()).isZero();
    }

    @Test
    void a_citizen_unknown_to_the_registry_is_not_found() {
        NationalId unknown = NationalId.turkish("12345678950");

        assertThatThrownBy(() -> service.start(start(unknown, PHONE, true, true, false)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entity()).isEqualTo("Citizen");
                    assertThat(e.getMessage()).doesNotContain(unknown.value());
                });
        assertThat(customerCount()).isZero();
        assertThat(fx.ports().onboardingProcesses().findByCitizen(unknown)).isEmpty();
    }

    @Test
    void a_phone_of_another_customer_stops_the_start_and_leaves_nothing_behind() {
        Customer other = fx.ports().saveCustomer().save(Customer.register(CustomerId.random(),
                fx.ports().customerNumbers().nextCustomerNumber(),
                CustomerRegistration.individual(new PersonName("Ayşe", "Yılmaz", null), List.of(PHONE)), fx.clock().instant()));

        assertThatThrownBy(() -> service.start(start(CITIZEN, PHONE, true, true, false)))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> assertThat(e.identifierKind()).isEqualTo("PHONE"));

        assertThat(customerCount()).isEqualTo(1);
        assertThat(fx.ports().loadCustomer().findByIdentifier(CITIZEN, null)).isEmpty();
        assertThat(fx.ports().onboardingProcesses().findByCitizen(CITIZEN)).isEmpty();
        assertThat(fx.ports().agreements().findByCustomer(other.id())).isEmpty();
        assertThat(fx.adapters().publishedEvents()).isEmpty();
        assertThat(operations()).isEmpty();
    }

    @Test
    void a_start_names_every_missing_field() {
        assertThatThrownBy(() -> service.start(new StartDigitalOnboardingCommand(ORIGIN, null, null, null, false, false,
                false, false, false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("citizen", "email", "phone"));
    }

    // ---- update ---------------------------------------------------------------------------------

    @Test
    void stores_situation_addresses_and_branch_keeping_turkish_letters_intact() {
        OnboardingStatus started = service.start(start(CITIZEN, PHONE, true, true, false));
        AddressId homeId = customer(started.customerId()).addresses().get(0).id();

        OnboardingStatus updated = service.update(update(started, HOME, JOB, null, AddressType.HOME));

        assertThat(updated.state()).isEqualTo(OnboardingState.INFORMATION_UPDATED);
        assertThat(updated.existing()).isFalse();
        CustomerState customer = customer(started.customerId());
        assertThat(customer.addresses()).hasSize(2);
        Address home = address(customer, AddressType.HOME);
        assertThat(home.id()).isEqualTo(homeId);
        assertThat(home.city()).isEqualTo("İSTANBUL");
        assertThat(home.town()).isEqualTo("BAKIRKÖY");
        assertThat(home.streetName()).isEqualTo("BEHÇET KEMAL ÇAĞLAR CADDESİ");
        assertThat(home.detail()).isEqualTo("4. KISIM SİTESİ TO-155 BLOK NO: 30");
        assertThat(home.withId(HOME.id())).isEqualTo(HOME);
        assertThat(address(customer, AddressType.WORK)).isEqualTo(JOB);
        KycProfile kyc = customer.kyc();
        assertThat(kyc.education()).isEqualTo(new CodedValue("6", "ÜNİVERSİTE"));
        assertThat(kyc.employment().workingStatus().label()).isEqualTo("Özel Sektör Ücretli");
        assertThat(kyc.employment().jobTitle().label()).isEqualTo("Mimar,İç Mimar,Mühendis");
        assertThat(kyc.employment().companyName()).isEqualTo("INTERTECH");
        assertThat(kyc.monthlyIncome()).isEqualTo(Money.of("12345.00", "TRY", 2));
        assertThat(kyc.homeStatus()).isEqualTo(new CodedValue("2", "Kira"));
        assertThat(kyc.fatca()).isTrue();
        assertThat(customer.branch()).isEqualTo(new BranchRef("9860"));
        assertThat(fx.ports().onboardingProcesses().findById(started.processId()).orElseThrow().state().selectedAddress())
                .isEqualTo(AddressType.HOME);
        assertThat(fx.adapters().events().published(OnboardingEvent.InformationUpdated.class)).hasSize(1);
        assertThat(operations()).containsExactly("create-digital-customer", "update-digital-customer");
    }

    @Test
    void updating_again_replaces_the_addresses_of_the_same_type() {
        OnboardingStatus started = service.start(start(OTHER_CITIZEN, PHONE, true, true, false));
        service.update(update(started, HOME, JOB, null, AddressType.HOME));
        Address movedHome = new Address(AddressId.random(), AddressType.HOME, CountryCode.TR, "ŞANLIURFA", null,
                "Eyyübiye", "Göbeklitepe Sokağı", "3", null, null, null, null, null, null);

        OnboardingStatus again = service.update(update(started, movedHome, null, null, AddressType.HOME));

        assertThat(again.state()).isEqualTo(OnboardingState.INFORMATION_UPDATED);
        CustomerState customer = customer(started.customerId());
        assertThat(customer.addresses()).extracting(Address::type).containsExactlyInAnyOrder(AddressType.HOME, AddressType.WORK);
        assertThat(address(customer, AddressType.HOME).city()).isEqualTo("ŞANLIURFA");
        assertThat(address(customer, AddressType.WORK)).isEqualTo(JOB);
    }

    @Test
    void a_selected_contact_address_must_be_sent() {
        OnboardingStatus started = service.start(start(CITIZEN, PHONE, true, true, false));

        assertThatThrownBy(() -> service.update(update(started, HOME, JOB, null, AddressType.CONTACT)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("contactAddress", "is required when selectedAddress is CONTACT")));
        assertThat(fx.ports().onboardingProcesses().findById(started.processId()).orElseThrow().onboardingState())
                .isEqualTo(OnboardingState.CREATED);

        service.update(update(started, HOME, JOB, CONTACT, AddressType.CONTACT));

        assertThat(address(customer(started.customerId()), AddressType.CONTACT)).isEqualTo(CONTACT);
        assertThat(fx.ports().onboardingProcesses().findById(started.processId()).orElseThrow().state().selectedAddress())
                .isEqualTo(AddressType.CONTACT);
    }

    @Test
    void a_process_cif_and_citizen_that_do_not_belong_together_are_not_found_alike() {
        OnboardingStatus mine = service.start(start(CITIZEN, PHONE, true, true, false));
        OnboardingStatus theirs = service.start(start(OTHER_CITIZEN, new PhoneNumber("+905551112233"), true, true, false));

        String wrongCif = notFound(() -> service.update(new UpdateDigitalOnboardingCommand(ORIGIN, mine.processId(),
                theirs.customerNumber(), CITIZEN, EDUCATION, null, null, null, null, HOME, null, null, AddressType.HOME, false)));
        String wrongCitizen = notFound(() -> service.update(new UpdateDigitalOnboardingCommand(ORIGIN, mine.processId(),
                mine.customerNumber(), OTHER_CITIZEN, EDUCATION, null, null, null, null, HOME, null, null, AddressType.HOME, false)));
        String unknownCif = notFound(() -> service.update(new UpdateDigitalOnboardingCommand(ORIGIN, mine.processId(),
                new CustomerNumber(999_999_999L), CITIZEN, EDUCATION, null, null, null, null, HOME, null, null, AddressType.HOME, false)));

        assertThat(wrongCif).isEqualTo(wrongCitizen).isEqualTo(unknownCif)
                .isEqualTo("OnboardingProcess not found: " + mine.processId());
        assertThat(notFound(() -> service.update(new UpdateDigitalOnboardingCommand(ORIGIN, new ProcessId(42),
                mine.customerNumber(), CITIZEN, EDUCATION, null, null, null, null, HOME, null, null, AddressType.HOME, false))))
                .isEqualTo("OnboardingProcess not found: 42");
        assertThat(customer(mine.customerId()).kyc().education()).isNull();
        assertThat(fx.ports().onboardingProcesses().findById(mine.processId()).orElseThrow().onboardingState())
                .isEqualTo(OnboardingState.CREATED);
    }

    @Test
    void an_update_after_completion_is_an_invalid_transition() {
        OnboardingStatus started = service.start(start(CITIZEN, PHONE, true, true, false));
        service.update(update(started, HOME, JOB, null, AddressType.HOME));
        service.complete(complete(started, null, null));

        assertThatThrownBy(() -> service.update(update(started, HOME, JOB, null, AddressType.HOME)))
                .isInstanceOf(InvalidStateTransitionException.class);
    }

    @Test
    void an_update_names_every_missing_field() {
        assertThatThrownBy(() -> service.update(new UpdateDigitalOnboardingCommand(ORIGIN, null, null, null, null, null,
                null, null, null, null, null, null, null, false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("citizen", "customerNumber", "processId", "selectedAddress"));
    }

    // ---- complete -------------------------------------------------------------------------------

    @Test
    void completing_makes_the_customer_a_candidate_with_the_confirmed_contact_data() {
        OnboardingStatus started = service.start(start(CITIZEN, PHONE, true, true, false));
        service.update(update(started, HOME, JOB, null, AddressType.HOME));
        EmailAddress newEmail = new EmailAddress("test@intertech.com.tr");
        PhoneNumber newPhone = PhoneNumber.parse("5559999999", CountryCode.TR);

        OnboardingStatus completed = service.complete(new CompleteDigitalOnboardingCommand(ORIGIN, started.processId(),
                started.customerNumber(), newEmail, newPhone, false, true, "INTERTECH\\test"));

        assertThat(completed.state()).isEqualTo(OnboardingState.COMPLETED);
        CustomerState customer = customer(started.customerId());
        assertThat(customer.status()).isEqualTo(CustomerStatus.CANDIDATE);
        assertThat(customer.identifiers()).containsExactlyInAnyOrder(CITIZEN, newEmail, newPhone);
        OnboardingProcessState process = fx.ports().onboardingProcesses().findById(started.processId()).orElseThrow().state();
        assertThat(process.courierSelected()).isTrue();
        assertThat(process.approvedAgent()).isFalse();
        assertThat(process.userCode()).isEqualTo("INTERTECH\\test");
        assertThat(process.completedAt()).isEqualTo(fx.clock().instant());
        assertThat(fx.adapters().events().published(CustomerEvent.StatusChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.to()).isEqualTo(CustomerStatus.CANDIDATE));
        assertThat(fx.adapters().events().published(OnboardingEvent.Completed.class)).hasSize(1);
        assertThat(operations()).containsExactly("create-digital-customer", "update-digital-customer",
                "complete-digital-customer");
    }

    @Test
    void completing_without_contact_data_keeps_the_customers_identifiers() {
        OnboardingStatus started = service.start(start(CITIZEN, PHONE, true, true, false));
        service.update(update(started, HOME, JOB, null, AddressType.HOME));

        service.complete(complete(started, null, null));

        assertThat(customer(started.customerId()).identifiers()).containsExactlyInAnyOrder(CITIZEN, PHONE, EMAIL);
    }

    @Test
    void completing_before_the_information_update_is_an_invalid_transition() {
        OnboardingStatus started = service.start(start(CITIZEN, PHONE, true, true, false));

        assertThatThrownBy(() -> service.complete(complete(started, null, null)))
                .isInstanceOfSatisfying(InvalidStateTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo("CREATED");
                    assertThat(e.to()).isEqualTo("COMPLETED");
                });
        assertThat(customer(started.customerId()).status()).isEqualTo(CustomerStatus.PROSPECT);
    }

    @Test
    void completing_twice_is_an_invalid_transition() {
        OnboardingStatus started = service.start(start(CITIZEN, PHONE, true, true, false));
        service.update(update(started, HOME, JOB, null, AddressType.HOME));
        service.complete(complete(started, null, null));

        assertThatThrownBy(() -> service.complete(complete(started, null, null)))
                .isInstanceOfSatisfying(InvalidStateTransitionException.class, e -> assertThat(e.from()).isEqualTo("COMPLETED"));
        assertThat(operations()).containsExactly("create-digital-customer", "update-digital-customer",
                "complete-digital-customer");
    }

    @Test
    void completing_with_a_cif_of_another_customer_is_not_found() {
        OnboardingStatus mine = service.start(start(CITIZEN, PHONE, true, true, false));
        OnboardingStatus theirs = service.start(start(OTHER_CITIZEN, new PhoneNumber("+905551112233"), true, true, false));
        service.update(update(mine, HOME, JOB, null, AddressType.HOME));

        assertThat(notFound(() -> service.complete(new CompleteDigitalOnboardingCommand(ORIGIN, mine.processId(),
                theirs.customerNumber(), null, null, false, false, null))))
                .isEqualTo("OnboardingProcess not found: " + mine.processId());
        assertThat(customer(mine.customerId()).status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(customer(theirs.customerId()).status()).isEqualTo(CustomerStatus.PROSPECT);
    }

    @Test
    void completing_with_a_phone_of_another_customer_leaves_the_flow_where_it_was() {
        OnboardingStatus mine = service.start(start(CITIZEN, PHONE, true, true, false));
        PhoneNumber theirPhone = new PhoneNumber("+905551112233");
        service.start(start(OTHER_CITIZEN, theirPhone, true, true, false));
        service.update(update(mine, HOME, JOB, null, AddressType.HOME));

        assertThatThrownBy(() -> service.complete(complete(mine, null, theirPhone)))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> assertThat(e.identifierKind()).isEqualTo("PHONE"));

        assertThat(customer(mine.customerId()).status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(customer(mine.customerId()).identifiers()).contains(PHONE);
        assertThat(fx.ports().onboardingProcesses().findById(mine.processId()).orElseThrow().onboardingState())
                .isEqualTo(OnboardingState.INFORMATION_UPDATED);
        assertThat(fx.adapters().events().published(OnboardingEvent.Completed.class)).isEmpty();
    }

    @Test
    void a_completion_names_every_missing_field() {
        assertThatThrownBy(() -> service.complete(new CompleteDigitalOnboardingCommand(null, null, null, null, null,
                false, false, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("customerNumber", "origin", "processId"));
    }

    private static StartDigitalOnboardingCommand startBy(Origin origin, NationalId citizen, PhoneNumber phone, boolean lookupOnly) {
        return new StartDigitalOnboardingCommand(origin, citizen, phone, EMAIL, true, false, true, true, lookupOnly);
    }

    private static StartDigitalOnboardingCommand start(NationalId citizen, PhoneNumber phone, boolean kvkk,
                                                       boolean notifications, boolean lookupOnly) {
        return new StartDigitalOnboardingCommand(ORIGIN, citizen, phone, EMAIL, true, false, notifications, kvkk, lookupOnly);
    }

    private UpdateDigitalOnboardingCommand update(OnboardingStatus status, Address home, Address job, Address contact,
                                                  AddressType selected) {
        return update(status, home, job, contact, selected, false);
    }

    private UpdateDigitalOnboardingCommand update(OnboardingStatus status, Address home, Address job, Address contact,
                                                  AddressType selected, boolean calculateLimit) {
        NationalId citizen = fx.ports().onboardingProcesses().findById(status.processId()).orElseThrow().state().citizen();
        return new UpdateDigitalOnboardingCommand(ORIGIN, status.processId(), status.customerNumber(), citizen, EDUCATION,
                EMPLOYMENT, SALARY, HOME_STATUS, new BranchRef("9860"), home, job, contact, selected, calculateLimit);
    }

    private static CompleteDigitalOnboardingCommand complete(OnboardingStatus status, EmailAddress email, PhoneNumber phone) {
        return new CompleteDigitalOnboardingCommand(ORIGIN, status.processId(), status.customerNumber(), email, phone,
                false, true, "INTERTECH\\test");
    }

    private static Address retyped(Address a, AddressType type) {
        return new Address(a.id(), type, a.country(), a.city(), a.district(), a.town(), a.streetName(), a.streetNo(),
                a.building(), a.floor(), a.apartment(), a.postalCode(), a.detail(), a.registryCodes());
    }

    private static Address address(CustomerState customer, AddressType type) {
        return customer.addresses().stream().filter(a -> a.type() == type).findFirst().orElseThrow();
    }

    private static String notFound(Runnable call) {
        try {
            call.run();
        } catch (NotFoundException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected NOT_FOUND");
    }

    private CustomerState customer(CustomerId id) {
        return fx.ports().loadCustomer().findById(id).orElseThrow().state();
    }

    private long customerCount() {
        return fx.ports().searchCustomers().search(CustomerFilter.ALL, CustomerOrdering.CREATED_AT_ASC, PageRequest.first(10)).total();
    }

    private List<String> operations() {
        return fx.adapters().interactions().all().stream().map(Interaction::operation).toList();
    }
}
