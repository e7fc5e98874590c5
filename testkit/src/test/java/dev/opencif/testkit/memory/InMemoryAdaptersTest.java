package dev.opencif.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.port.out.CitizenRecord;
import dev.opencif.application.port.out.ClientCredential;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.interaction.Interaction;

import dev.opencif.domain.interaction.InteractionId;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.nicenumber.NiceNumberRules;
import dev.opencif.domain.nicenumber.NiceTier;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.onboarding.ProcessId;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.AddressBuilder;
import dev.opencif.testkit.builder.AgreementBuilder;
import dev.opencif.testkit.builder.BankingUserBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.ProductApplicationBuilder;
import dev.opencif.testkit.builder.TransactionBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the in-memory adapters promise beyond the port contracts: their sequences, formats and test controls. */
class InMemoryAdaptersTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    private final OpenCifPorts ports = adapters.ports();

    @Test
    void every_port_is_backed_and_the_clock_is_the_one_given() throws Exception {
        for (RecordComponent component : OpenCifPorts.class.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(ports)).as(component.getName()).isNotNull();
        }
        assertThat(ports.clock()).isSameAs(clock);
    }

    @Test
    void customer_numbers_start_at_1000000001_and_count_up() {
        assertThat(ports.customerNumbers().nextCustomerNumber().value()).isEqualTo(1_000_000_001L);
        assertThat(ports.customerNumbers().nextCustomerNumber().value()).isEqualTo(1_000_000_002L);
    }

    @Test
    void the_customer_number_sequence_skips_a_cif_stored_by_hand() {
        CustomerBuilder.aCustomer().withNumber(1_000_000_001L).savedIn(ports);

        assertThat(ports.customerNumbers().nextCustomerNumber().value()).isEqualTo(1_000_000_002L);
    }

    @Test
    void account_numbers_are_ten_digit_plain_numbers() {
        assertThat(ports.accountNumbers().accountNumberLength()).isEqualTo(10);
        for (int i = 0; i < 200; i++) {
            AccountNumber number = ports.accountNumbers().nextAccountNumber();
            assertThat(number.value()).hasSize(10);
            assertThat(NiceNumberRules.classify(number)).isEqualTo(NiceTier.STANDARD);
        }
    }

    @Test
    void the_account_number_sequence_skips_numbers_that_are_held_or_used() {
        AccountNumber first = InMemoryAdapters.create(clock).ports().accountNumbers().nextAccountNumber();
        AccountNumber second = InMemoryAdapters.create(clock).ports().accountNumbers().nextAccountNumber();
        assertThat(second).isEqualTo(first);

        InMemoryAdapters held = InMemoryAdapters.create(clock);
        Customer holder = CustomerBuilder.aCustomer().savedIn(held.ports());
        held.ports().holds().place(NiceNumberHold.place(first, holder.id(), clock.instant(), Duration.ofHours(1)), clock.instant());
        assertThat(held.ports().accountNumbers().nextAccountNumber()).isNotEqualTo(first);

        InMemoryAdapters used = InMemoryAdapters.create(clock);
        Customer owner = CustomerBuilder.aCustomer().savedIn(used.ports());
        AccountBuilder.anAccount().ownedBy(owner).withNumber(first).savedIn(used.ports());
        assertThat(used.ports().accountNumbers().nextAccountNumber()).isNotEqualTo(first);
    }

    @Test
    void ibans_are_lithuanian_with_bank_code_60080_and_the_zero_padded_account_number() {
        Iban iban = ports.ibans().ibanFor(new AccountNumber("1234567890"));

        assertThat(iban).isEqualTo(Iban.of(CountryCode.of("LT"), "6008001234567890"));
        assertThat(iban.value()).hasSize(20).startsWith("LT").endsWith("6008001234567890");
    }

    @Test
    void the_iban_country_and_bank_code_are_configurable() {
        Iban iban = InMemoryAdapters.create(clock, "EE", "22").ports().ibans().ibanFor(new AccountNumber("1234567890"));

        assertThat(iban.country()).isEqualTo(CountryCode.of("EE"));
        assertThat(iban.value()).endsWith("2201234567890");
    }

    @Test
    void knows_its_own_ibans_by_country_and_bank_code() {
        assertThat(ports.ibans().belongsToThisBank(ports.ibans().ibanFor(new AccountNumber("1234567890")))).isTrue();
        assertThat(ports.ibans().belongsToThisBank(Iban.of(CountryCode.of("LT"), "6008099999999999"))).isTrue();
        assertThat(ports.ibans().belongsToThisBank(Iban.of(CountryCode.of("LT"), "7300099999999999"))).isFalse();
        assertThat(ports.ibans().belongsToThisBank(Iban.of(CountryCode.of("EE"), "6008099999999999"))).isFalse();
        assertThat(ports.ibans().belongsToThisBank(Iban.of(CountryCode.of("LT"), "0600899999999999"))).isFalse();
    }

    @Test
    void an_account_number_too_long_for_the_bban_has_no_iban() {
        assertThatThrownBy(() -> ports.ibans().ibanFor(new AccountNumber("123456789012")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("accountNumber"));
    }

    @Test
    void process_ids_start_at_2104280309000001() {
        assertThat(ports.onboardingProcesses().nextProcessId()).isEqualTo(new ProcessId(2_104_280_309_000_001L));
        assertThat(ports.onboardingProcesses().nextProcessId()).isEqualTo(new ProcessId(2_104_280_309_000_002L));
    }

    @Test
    void placing_a_hold_that_is_not_held_is_a_validation_failure() {
        Customer holder = CustomerBuilder.aCustomer().savedIn(ports);
        NiceNumberHold released = NiceNumberHold.place(UniqueValues.accountNumber(), holder.id(), clock.instant(), Duration.ofHours(1))
                .release(holder.id(), clock.instant());

        assertThatThrownBy(() -> ports.holds().place(released, clock.instant())).isInstanceOf(ValidationException.class);
        assertThat(ports.holds().findByNumber(released.number())).isEmpty();
    }

    @Test
    void updating_a_hold_that_was_never_placed_is_not_found() {
        Customer holder = CustomerBuilder.aCustomer().savedIn(ports);
        NiceNumberHold hold = NiceNumberHold.place(UniqueValues.accountNumber(), holder.id(), clock.instant(), Duration.ofHours(1));

        assertThatThrownBy(() -> ports.holds().update(hold.release(holder.id(), clock.instant())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void inserting_an_existing_id_is_already_exists_for_every_versioned_record() {
        Customer owner = CustomerBuilder.aCustomer().withKyc(KycLevel.EKYC).savedIn(ports);
        Account account = AccountBuilder.anAccount().ownedBy(owner).savedIn(ports);
        OnlineBankingUser user = ports.saveBankingUser().save(BankingUserBuilder.aBankingUser().ownedBy(owner).build(clock));
        Agreement agreement = ports.agreements().save(AgreementBuilder.anAgreement().forCustomer(owner.id()).build(clock));
        OnboardingProcess process = ports.onboardingProcesses().save(OnboardingProcess.start(
                ports.onboardingProcesses().nextProcessId(), owner.nationalIds().get(0), owner.id(), Channel.INTERAPI, null, clock.instant()));
        ProductApplication application = ports.applications().save(
                ProductApplicationBuilder.aProductApplication().forCustomer(owner.id()).build(clock));

        assertThatThrownBy(() -> ports.saveAccount().save(AccountBuilder.anAccount().withId(account.id()).ownedBy(owner)
                .build(clock))).isInstanceOf(AlreadyExistsException.class);
        assertThatThrownBy(() -> ports.saveBankingUser().save(BankingUserBuilder.aBankingUser().withId(user.id()).ownedBy(owner)
                .build(clock))).isInstanceOf(AlreadyExistsException.class);
        assertThatThrownBy(() -> ports.agreements().save(AgreementBuilder.anAgreement().withId(agreement.id())
                .forCustomer(owner.id()).build(clock))).isInstanceOf(AlreadyExistsException.class);
        assertThatThrownBy(() -> ports.onboardingProcesses().save(OnboardingProcess.start(process.id(),
                UniqueValues.turkishId(), owner.id(), Channel.INTERAPI, null, clock.instant()))).isInstanceOf(AlreadyExistsException.class);
        assertThatThrownBy(() -> ports.applications().save(ProductApplicationBuilder.aProductApplication()
                .withId(application.id()).forCustomer(owner.id()).build(clock))).isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void a_transaction_or_interaction_id_cannot_be_recorded_twice() {
        Transaction transaction = TransactionBuilder.aTransaction()
                .forCustomer(CustomerBuilder.aCustomer().savedIn(ports).id()).build(clock);
        ports.transactions().record(transaction);
        Interaction interaction = new Interaction(InteractionId.random(), transaction.customerId(), Channel.ESB, "op",
                clock.instant(), null, null, Outcome.SUCCESS);
        ports.interactions().append(interaction);

        assertThatThrownBy(() -> ports.transactions().record(TransactionBuilder.aTransaction().withId(transaction.id())
                .forCustomer(transaction.customerId()).build(clock))).isInstanceOf(AlreadyExistsException.class);
        assertThatThrownBy(() -> ports.interactions().append(interaction)).isInstanceOf(AlreadyExistsException.class);
        assertThat(adapters.interactions().all()).containsExactly(interaction);
    }

    @Test
    void storage_is_reachable_until_a_test_takes_it_down() {
        assertThat(ports.health().storageReachable()).isTrue();

        adapters.setStorageReachable(false);
        assertThat(ports.health().storageReachable()).isFalse();

        adapters.setStorageReachable(true);
        assertThat(ports.health().storageReachable()).isTrue();
    }

    @Test
    void client_credentials_keep_only_the_sha256_of_the_secret() {
        ClientCredential added = adapters.credentials().addClient("esb", "core-gateway", "secret", Set.of("ESB_CLIENT"), null);

        assertThat(added.secretSha256()).isEqualTo("2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b");
        assertThat(ports.credentials().find("esb", "core-gateway")).contains(added);
        assertThat(ports.credentials().find("blink", "core-gateway")).isEmpty();
        assertThat(ports.credentials().find("esb", "unknown")).isEmpty();
        assertThat(ports.credentials().find(null, "core-gateway")).isEmpty();
    }

    @Test
    void the_identity_registry_knows_only_registered_citizens() {
        CitizenRecord citizen = new CitizenRecord(UniqueValues.turkishId(), new PersonName("Mehmet", "Demir", null),
                LocalDate.of(1980, 1, 1), AddressBuilder.anAddress().build());
        adapters.identityRegistry().register(citizen);

        assertThat(ports.identityRegistry().lookup(citizen.citizen())).contains(citizen);
        assertThat(ports.identityRegistry().lookup(UniqueValues.turkishId())).isEmpty();
    }

    @Test
    void published_events_are_kept_in_order_and_can_be_picked_by_type() {
        Customer customer = CustomerBuilder.aCustomer().withStatus(CustomerStatus.BLOCKED).build(clock);
        List<DomainEvent> events = customer.pullEvents();

        ports.events().publish(events);

        assertThat(adapters.publishedEvents()).containsExactlyElementsOf(events);
        assertThat(adapters.events().published(CustomerEvent.StatusChanged.class)).hasSize(1);
    }

    @Test
    void other_threads_never_see_writes_of_a_unit_of_work_that_rolls_back() throws Exception {
        Customer customer = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch readerStarted = new CountDownLatch(1);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                ports.unitOfWork().inTransaction(() -> {
                    ports.saveCustomer().save(customer);
                    written.countDown();
                    await(readerStarted);
                    sleep(100);
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // the rollback is the point of this test
            }
        });
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Optional<Customer>> reader = CompletableFuture.supplyAsync(() -> {
            readerStarted.countDown();
            return ports.loadCustomer().findById(customer.id());
        });

        writer.get(10, TimeUnit.SECONDS);
        assertThat(reader.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void the_unit_of_work_reports_whether_the_caller_is_inside_one() {
        assertThat(adapters.unitOfWork().inTransaction()).isFalse();
        assertThat(ports.unitOfWork().inTransaction(() -> adapters.unitOfWork().inTransaction())).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
