package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.Blacklisting;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.ContactDetailId;
import dev.opencif.domain.customer.ContactMedium;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.customer.RegistryCodes;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.customer.RepresentativeId;
import dev.opencif.domain.customer.Segment;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Login;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.CodedValue;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.kyc.RiskClass;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.Money;
import dev.opencif.testkit.builder.AddressBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.LoadCustomerPort}, {@link dev.opencif.application.port.out.SaveCustomerPort}
 * and {@link dev.opencif.application.port.out.CustomerNumberPort}: keys, round trip, optimistic locking, the
 * row lock of {@code findByIdForUpdate} and the identifier uniqueness rules of {@link dev.opencif.domain.identifier.Uniqueness}.
 */
public abstract class CustomerStoreContract extends PortContract {

    private Customer build(CustomerBuilder builder) {
        return builder.build(clock);
    }

    private Customer insert(CustomerBuilder builder) {
        return ports.saveCustomer().save(build(builder.withNumber(ports.customerNumbers().nextCustomerNumber())));
    }

    private Customer load(CustomerId id) {
        return ports.loadCustomer().findById(id).orElseThrow();
    }

    // ---- insert, load, round trip ----------------------------------------------------------------

    @Test
    public void stores_a_new_customer_with_version_one_and_returns_the_stored_state() {
        Customer customer = build(CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()));

        Customer saved = ports.saveCustomer().save(customer);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.state()).usingRecursiveComparison().ignoringFields("version").isEqualTo(customer.state());
        assertThat(load(customer.id()).state()).isEqualTo(saved.state());
    }

    @Test
    public void round_trips_the_blacklisting_and_whether_it_blocked_the_customer() {
        Customer blockedByIt = insert(CustomerBuilder.aCustomer());
        Customer blockedBefore = insert(CustomerBuilder.aCustomer().withStatus(CustomerStatus.BLOCKED));
        tick(Duration.ofMinutes(1));
        blockedByIt.blacklist("sanctions list match", now());
        blockedBefore.blacklist("court order 2026/17", now());

        ports.saveCustomer().save(blockedByIt);
        ports.saveCustomer().save(blockedBefore);

        assertThat(load(blockedByIt.id()).state().blacklisting())
                .isEqualTo(new Blacklisting("sanctions list match", now(), true));
        assertThat(load(blockedBefore.id()).state().blacklisting())
                .isEqualTo(new Blacklisting("court order 2026/17", now(), false));

        Customer liftedByIt = load(blockedByIt.id());
        Customer liftedBefore = load(blockedBefore.id());
        liftedByIt.liftBlacklist(now());
        liftedBefore.liftBlacklist(now());
        ports.saveCustomer().save(liftedByIt);
        ports.saveCustomer().save(liftedBefore);

        assertThat(load(blockedByIt.id()).state().blacklisting()).isNull();
        assertThat(load(blockedByIt.id()).status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(load(blockedBefore.id()).state().blacklisting()).isNull();
        assertThat(load(blockedBefore.id()).status()).isEqualTo(CustomerStatus.BLOCKED);
    }

    @Test
    public void stores_the_longest_values_the_domain_allows() {
        String emoji = "\uD83D\uDE00";
        RegistryCodes codes = new RegistryCodes("t".repeat(32), "c".repeat(32), "y".repeat(32), "w".repeat(32), "d".repeat(32),
                "k".repeat(32), "s".repeat(32));
        Address longest = new Address(AddressId.random(), AddressType.HOME, CountryCode.of("TR"), "C".repeat(100), "D".repeat(100),
                "T".repeat(100), "S".repeat(200), "N".repeat(32), "B".repeat(64), "F".repeat(16), "A".repeat(32), "P".repeat(16),
                "X".repeat(500), codes);
        KycProfile kyc = KycProfile.none().verifiedAs(KycLevel.EKYC, KycMethod.EKYC, now().minus(Duration.ofDays(1)))
                .withSituation(CodedValue.of("e".repeat(32), "E".repeat(200)),
                        new Employment(CodedValue.of("w".repeat(32), "W".repeat(200)), CodedValue.of("j".repeat(32), "J".repeat(200)),
                                "M".repeat(200), "a".repeat(32)),
                        Money.of("9".repeat(30) + ".99999999", "BTC", 8), CodedValue.of("h".repeat(32), "H".repeat(200)), "$".repeat(200))
                .withAccountLimit(Money.of("9".repeat(30) + ".99", "TRY", 2));
        String email = "l".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
        Customer customer = build(CustomerBuilder.aCustomer()
                .withNumber(ports.customerNumbers().nextCustomerNumber())
                .withName("İ".repeat(100), "İ".repeat(100), "İ".repeat(100))
                .withSegment("g".repeat(64))
                .withBranch("r".repeat(64))
                .inCounterparty(new CounterpartyId(UUID.randomUUID()))
                .withKyc(kyc)
                .alsoIdentifiedBy(NationalId.passport(CountryCode.of("DE"), "Z" + UniqueValues.tckn() + "ABCDEFGH"))
                .withEmail(email)
                .withLogin(emoji.repeat(128))
                .withAddress(longest)
                .withContact(new ContactDetail(ContactDetailId.random(), ContactMedium.EMAIL, "m".repeat(32), email, "i".repeat(500)))
                .withBalanceAllowance(Money.of("9".repeat(30), "UAH", 2), "I".repeat(64)));
        String base = "https://cdn.bank.example/";
        customer.changeDetails(new CustomerChanges(null, null, null, null, null, null,
                Optional.of(URI.create(base + "p".repeat(8192 - base.length()))), List.of()), now());
        customer.blacklist("R".repeat(500), now());

        Customer saved = ports.saveCustomer().save(customer);

        assertThat(load(customer.id()).state()).isEqualTo(saved.state());
        assertThat(saved.state()).usingRecursiveComparison().ignoringFields("version").isEqualTo(customer.state());
    }

    @Test
    public void finds_a_customer_by_id_and_by_cif() {
        Customer saved = insert(CustomerBuilder.aCustomer());

        assertThat(ports.loadCustomer().findById(saved.id())).map(Customer::state).contains(saved.state());
        assertThat(ports.loadCustomer().findByNumber(saved.number())).map(Customer::state).contains(saved.state());
    }

    @Test
    public void finds_nothing_for_an_unknown_id_or_cif() {
        assertThat(ports.loadCustomer().findById(CustomerId.random())).isEmpty();
        assertThat(ports.loadCustomer().findByNumber(new CustomerNumber(CustomerNumber.MAX))).isEmpty();
    }

    // ---- load for update -------------------------------------------------------------------------

    @Test
    public void finds_a_customer_for_update_inside_a_unit_of_work_with_all_its_data() {
        Customer saved = insert(CustomerBuilder.aCustomer()
                .withAddress(AddressBuilder.anAddress().build())
                .withContact(new ContactDetail(ContactDetailId.random(), ContactMedium.FAX, null, "+842438251234", null)));

        Optional<Customer> locked = ports.unitOfWork().inTransaction(() -> ports.loadCustomer().findByIdForUpdate(saved.id()));

        assertThat(locked).map(Customer::state).contains(saved.state());
    }

    @Test
    public void finds_a_customer_for_update_outside_a_unit_of_work_like_find_by_id() {
        Customer saved = insert(CustomerBuilder.aCustomer());

        assertThat(ports.loadCustomer().findByIdForUpdate(saved.id())).map(Customer::state).contains(saved.state());
    }

    @Test
    public void finds_nothing_for_update_for_an_unknown_id() {
        CustomerId unknown = CustomerId.random();

        assertThat(ports.loadCustomer().findByIdForUpdate(unknown)).isEmpty();
        assertThat(ports.unitOfWork().inTransaction(() -> ports.loadCustomer().findByIdForUpdate(unknown))).isEmpty();
    }

    @Test
    public void a_customer_locked_for_update_keeps_a_second_locker_waiting_until_the_first_unit_of_work_ends() throws Exception {
        Customer saved = insert(CustomerBuilder.aCustomer());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = threads.submit(() -> ports.unitOfWork().inTransaction(() -> {
                Customer customer = ports.loadCustomer().findByIdForUpdate(saved.id()).orElseThrow();
                locked.countDown();
                await(release);
                customer.changeDetails(CustomerChanges.none().withName(new PersonName("Locked", "First", null)), now());
                return ports.saveCustomer().save(customer).version();
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Customer> second = threads.submit(() -> ports.unitOfWork().inTransaction(
                    () -> ports.loadCustomer().findByIdForUpdate(saved.id()).orElseThrow()));

            Thread.sleep(300);
            assertThat(second.isDone()).as("the second locker waits while the first unit of work runs").isFalse();
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            Customer seenBySecond = second.get(10, TimeUnit.SECONDS);
            assertThat(seenBySecond.version()).isEqualTo(2);
            assertThat(seenBySecond.state().name().first()).isEqualTo("Locked");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the lock");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void round_trips_every_field_of_a_fully_populated_customer() {
        Customer representative = insert(CustomerBuilder.aCustomer());
        CounterpartyId counterparty = new CounterpartyId(UUID.randomUUID());
        KycProfile kyc = KycProfile.none().verifiedAs(KycLevel.ENHANCED, KycMethod.VIDEO_CALL, now().minus(Duration.ofDays(3)))
                .withDeclarations(true, false, true)
                .withRiskClass(RiskClass.HIGH)
                .withSituation(CodedValue.of("UNI", "University"),
                        new Employment(CodedValue.of("EMP", "Employed"), CodedValue.of("ENG", "Engineer"), "Acme A.Ş.", "34"),
                        Money.of("45000.00", "TRY", 2), CodedValue.of("OWN", "Owner"), "salary");
        Customer customer = build(CustomerBuilder.aCustomer()
                .withNumber(ports.customerNumbers().nextCustomerNumber())
                .withName("Çağla", "Nur", "Öztürk")
                .withBirthDate(LocalDate.of(1985, 2, 28))
                .withSegment("premium")
                .withBranch("9860")
                .inCounterparty(counterparty)
                .disabled(true)
                .withKyc(kyc)
                .alsoIdentifiedBy(NationalId.passport(CountryCode.of("DE"), "C01X00T47"))
                .withEmail("Cagla.Ozturk@Example.COM")
                .withLogin("cagla.login")
                .withAddress(AddressBuilder.anAddress().build())
                .withAddress(AddressBuilder.aMinimalAddress().inCountry("VN").inCity("Hà Nội").withDetail("ngõ 12").build())
                .withContact(new ContactDetail(ContactDetailId.random(), ContactMedium.EMAIL, "private", "cagla@example.com", "evenings"))
                .withContact(new ContactDetail(ContactDetailId.random(), ContactMedium.WEB, null, "https://cagla.example", null))
                .withBalanceAllowance(Money.of("1500.50", "UAH", 2), "GBSTRUSD7IRX73RQZBL3RQUH6KS3O4NYFY3QCALDLZD77XMZOPWAVTUK"));
        tick(Duration.ofMinutes(1));
        customer.saveRepresentative(new Representative(RepresentativeId.random(), representative.id(), RelationType.GUARDIAN), now());
        customer.changeDetails(new CustomerChanges(null, null, null, null, null, null,
                Optional.of(URI.create("https://cdn.bank.example/p/1.png")), List.of()), now());
        customer.blacklist("court order 2026/17", now());

        Customer saved = ports.saveCustomer().save(customer);

        assertThat(load(customer.id()).state()).isEqualTo(saved.state());
        assertThat(saved.state()).usingRecursiveComparison().ignoringFields("version").isEqualTo(customer.state());
        assertThat(saved.status()).isEqualTo(CustomerStatus.BLOCKED);
    }

    @Test
    public void round_trips_a_nameless_customer_without_identifiers() {
        Customer customer = build(CustomerBuilder.aWalletCustomer(new CounterpartyId(UUID.randomUUID()))
                .withLogin(null).withNumber(ports.customerNumbers().nextCustomerNumber()));

        Customer saved = ports.saveCustomer().save(customer);

        assertThat(load(customer.id()).state()).isEqualTo(saved.state());
        assertThat(saved.state().name()).isEqualTo(PersonName.NONE);
        assertThat(saved.state().identifiers()).isEmpty();
    }

    @Test
    public void finds_the_existing_customers_among_a_set_of_ids() {
        Customer a = insert(CustomerBuilder.aCustomer());
        Customer b = insert(CustomerBuilder.aCustomer());

        List<Customer> found = ports.loadCustomer().findAllById(List.of(a.id(), CustomerId.random(), b.id()));

        assertThat(found).extracting(Customer::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(ports.loadCustomer().findAllById(List.of())).isEmpty();
    }

    // ---- updates and optimistic locking ----------------------------------------------------------

    @Test
    public void an_update_stores_the_change_and_increments_the_version() {
        Customer saved = insert(CustomerBuilder.aCustomer());
        Customer loaded = load(saved.id());
        tick(Duration.ofSeconds(5));
        loaded.changeDetails(CustomerChanges.none().withName(new PersonName("Elif", "Kaya", null)), now());

        Customer updated = ports.saveCustomer().save(loaded);

        assertThat(updated.version()).isEqualTo(2);
        Customer reloaded = load(saved.id());
        assertThat(reloaded.state()).isEqualTo(updated.state());
        assertThat(reloaded.state().name().first()).isEqualTo("Elif");
        assertThat(reloaded.state().updatedAt()).isEqualTo(now());
    }

    @Test
    public void a_stale_update_is_rejected_with_conflict_and_the_first_update_survives() {
        Customer saved = insert(CustomerBuilder.aCustomer());
        Customer first = load(saved.id());
        Customer second = load(saved.id());
        first.changeDetails(new CustomerChanges(null, null, Optional.of(new Segment("gold")), null, null, null, null, List.of()), now());
        second.changeDetails(new CustomerChanges(null, null, Optional.of(new Segment("mass")), null, null, null, null, List.of()), now());
        ports.saveCustomer().save(first);

        assertThatThrownBy(() -> ports.saveCustomer().save(second)).isInstanceOf(ConflictException.class);

        Customer stored = load(saved.id());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.state().segment()).isEqualTo(new Segment("gold"));
    }

    @Test
    public void saving_the_same_loaded_copy_twice_is_a_conflict() {
        Customer saved = insert(CustomerBuilder.aCustomer());
        Customer loaded = load(saved.id());
        ports.saveCustomer().save(loaded);

        assertThatThrownBy(() -> ports.saveCustomer().save(loaded)).isInstanceOf(ConflictException.class);
    }

    @Test
    public void an_update_of_a_customer_that_was_never_stored_is_a_conflict() {
        Customer never = build(CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()));
        Customer pretendStored = Customer.restore(withVersion(never.state(), 3));

        assertThatThrownBy(() -> ports.saveCustomer().save(pretendStored)).isInstanceOf(ConflictException.class);
        assertThat(ports.loadCustomer().findById(never.id())).isEmpty();
    }

    @Test
    public void saving_the_returned_copy_again_succeeds() {
        Customer saved = insert(CustomerBuilder.aCustomer());

        Customer again = ports.saveCustomer().save(saved);

        assertThat(again.version()).isEqualTo(2);
    }

    // ---- keys ------------------------------------------------------------------------------------

    @Test
    public void inserting_an_existing_customer_id_again_is_rejected_as_already_exists() {
        Customer saved = insert(CustomerBuilder.aCustomer());
        Customer sameId = build(CustomerBuilder.aCustomer().withId(saved.id())
                .withNumber(ports.customerNumbers().nextCustomerNumber()));

        assertThatThrownBy(() -> ports.saveCustomer().save(sameId)).isInstanceOf(AlreadyExistsException.class);
        assertThat(load(saved.id()).state()).isEqualTo(saved.state());
    }

    @Test
    public void inserting_a_taken_cif_is_rejected_as_already_exists() {
        Customer saved = insert(CustomerBuilder.aCustomer());
        Customer sameCif = build(CustomerBuilder.aCustomer().withNumber(saved.number()));

        assertThatThrownBy(() -> ports.saveCustomer().save(sameCif)).isInstanceOf(AlreadyExistsException.class);
        assertThat(ports.loadCustomer().findById(sameCif.id())).isEmpty();
        assertThat(ports.loadCustomer().findByNumber(saved.number())).map(Customer::id).contains(saved.id());
    }

    // ---- identifier uniqueness -------------------------------------------------------------------

    @Test
    public void rejects_a_national_id_already_held_by_another_customer() {
        NationalId tckn = UniqueValues.turkishId();
        insert(CustomerBuilder.aCustomer().withNationalId(tckn));
        Customer second = build(CustomerBuilder.aCustomer().withNationalId(tckn)
                .withNumber(ports.customerNumbers().nextCustomerNumber()));

        assertThatThrownBy(() -> ports.saveCustomer().save(second))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class,
                        e -> assertThat(e.identifierKind()).isEqualTo("NATIONAL_ID"));
        assertThat(ports.loadCustomer().findById(second.id())).isEmpty();
    }

    @Test
    public void the_same_document_number_of_another_kind_or_issuing_country_is_a_different_identity() {
        insert(CustomerBuilder.aCustomer().alsoIdentifiedBy(NationalId.passport(CountryCode.of("DE"), "P4711X")));

        Customer otherCountry = insert(CustomerBuilder.aCustomer()
                .alsoIdentifiedBy(NationalId.passport(CountryCode.of("FR"), "P4711X")));
        Customer sameCountry = build(CustomerBuilder.aCustomer()
                .alsoIdentifiedBy(NationalId.passport(CountryCode.of("DE"), "p4711x"))
                .withNumber(ports.customerNumbers().nextCustomerNumber()));

        assertThat(otherCountry.version()).isEqualTo(1);
        assertThatThrownBy(() -> ports.saveCustomer().save(sameCountry))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class,
                        e -> assertThat(e.identifierKind()).isEqualTo("NATIONAL_ID"));
    }

    @Test
    public void rejects_a_phone_number_held_by_another_customer_of_the_same_scope_only() {
        PhoneNumber phone = UniqueValues.phone();
        CounterpartyId counterparty = new CounterpartyId(UUID.randomUUID());
        insert(CustomerBuilder.aCustomer().withPhone(phone).inCounterparty(counterparty));
        insert(CustomerBuilder.aCustomer().withPhone(phone));
        Customer sameCounterparty = build(CustomerBuilder.aCustomer().withPhone(phone).inCounterparty(counterparty)
                .withNumber(ports.customerNumbers().nextCustomerNumber()));
        Customer bankOwn = build(CustomerBuilder.aCustomer().withPhone(phone).withNumber(ports.customerNumbers().nextCustomerNumber()));

        assertThatThrownBy(() -> ports.saveCustomer().save(sameCounterparty))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> assertThat(e.identifierKind()).isEqualTo("PHONE"));
        assertThatThrownBy(() -> ports.saveCustomer().save(bankOwn))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> assertThat(e.identifierKind()).isEqualTo("PHONE"));
        Customer otherCounterparty = insert(CustomerBuilder.aCustomer().withPhone(phone).inCounterparty(new CounterpartyId(UUID.randomUUID())));
        assertThat(otherCounterparty.phone()).as("another counterparty's customer may hold the number").contains(phone);
    }

    @Test
    public void logins_that_look_alike_collide_whatever_their_normalisation_case_or_width() {
        CounterpartyId counterparty = new CounterpartyId(UUID.randomUUID());
        String suffix = UniqueValues.login().value();
        insert(CustomerBuilder.aWalletCustomer(counterparty).withLogin("jos\u00e9." + suffix));
        for (String alike : new String[] {"jose\u0301." + suffix, "JOS\u00c9." + suffix.toUpperCase(java.util.Locale.ROOT),
                "\uff4a\uff4f\uff53\u00e9." + suffix}) {
            Customer second = build(CustomerBuilder.aWalletCustomer(counterparty).withLogin(alike)
                    .withNumber(ports.customerNumbers().nextCustomerNumber()));
            assertThatThrownBy(() -> ports.saveCustomer().save(second)).as(alike)
                    .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> assertThat(e.identifierKind()).isEqualTo("LOGIN"));
        }
    }

    @Test
    public void rejects_a_login_already_used_within_the_same_counterparty_ignoring_case() {
        CounterpartyId counterparty = new CounterpartyId(UUID.randomUUID());
        String login = UniqueValues.login().value();
        insert(CustomerBuilder.aWalletCustomer(counterparty).withLogin(login));
        Customer second = build(CustomerBuilder.aWalletCustomer(counterparty).withLogin(login.toUpperCase())
                .withNumber(ports.customerNumbers().nextCustomerNumber()));

        assertThatThrownBy(() -> ports.saveCustomer().save(second))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class,
                        e -> assertThat(e.identifierKind()).isEqualTo("LOGIN"));
    }

    @Test
    public void allows_the_same_login_in_different_counterparties() {
        String login = UniqueValues.login().value();
        insert(CustomerBuilder.aWalletCustomer(new CounterpartyId(UUID.randomUUID())).withLogin(login));

        Customer other = insert(CustomerBuilder.aWalletCustomer(new CounterpartyId(UUID.randomUUID())).withLogin(login));
        Customer bankOwn = insert(CustomerBuilder.aCustomer().withLogin(login));

        assertThat(other.version()).isEqualTo(1);
        assertThat(bankOwn.version()).isEqualTo(1);
    }

    @Test
    public void customers_without_counterparty_share_one_login_scope() {
        String login = UniqueValues.login().value();
        insert(CustomerBuilder.aCustomer().withLogin(login));
        Customer second = build(CustomerBuilder.aCustomer().withLogin(login)
                .withNumber(ports.customerNumbers().nextCustomerNumber()));

        assertThatThrownBy(() -> ports.saveCustomer().save(second))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class,
                        e -> assertThat(e.identifierKind()).isEqualTo("LOGIN"));
    }

    @Test
    public void allows_an_email_address_shared_by_several_customers() {
        String email = UniqueValues.email().value();
        Customer first = insert(CustomerBuilder.aCustomer().withEmail(email));
        Customer second = insert(CustomerBuilder.aCustomer().withEmail(email));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(1);
    }

    @Test
    public void an_update_that_takes_another_customers_phone_is_rejected_and_changes_nothing() {
        Customer holder = insert(CustomerBuilder.aCustomer());
        Customer other = insert(CustomerBuilder.aCustomer());
        Customer changing = load(other.id());
        changing.changeDetails(CustomerChanges.none().withIdentifiers(List.of(holder.phone().orElseThrow())), now());

        assertThatThrownBy(() -> ports.saveCustomer().save(changing))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class,
                        e -> assertThat(e.identifierKind()).isEqualTo("PHONE"));
        assertThat(load(other.id()).state()).isEqualTo(other.state());
    }

    @Test
    public void a_customer_may_keep_its_own_identifiers_when_updated() {
        Customer saved = insert(CustomerBuilder.aCustomer().withLogin(UniqueValues.login().value()));
        Customer loaded = load(saved.id());
        loaded.changeDetails(CustomerChanges.none().withIdentifiers(List.of(saved.phone().orElseThrow())), now());

        assertThat(ports.saveCustomer().save(loaded).version()).isEqualTo(2);
    }

    @Test
    public void a_phone_freed_by_an_update_can_be_taken_by_another_customer() {
        Customer first = insert(CustomerBuilder.aCustomer());
        PhoneNumber freed = first.phone().orElseThrow();
        Customer loaded = load(first.id());
        loaded.changeDetails(CustomerChanges.none().withIdentifiers(List.of(UniqueValues.phone())), now());
        ports.saveCustomer().save(loaded);

        Customer taker = insert(CustomerBuilder.aCustomer().withPhone(freed));

        assertThat(ports.loadCustomer().findByIdentifier(freed, null)).map(Customer::id).contains(taker.id());
    }

    // ---- lookup by identifier --------------------------------------------------------------------

    @Test
    public void finds_a_customer_by_national_id_and_by_phone() {
        Customer saved = insert(CustomerBuilder.aCustomer().inCounterparty(new CounterpartyId(UUID.randomUUID())));

        assertThat(ports.loadCustomer().findByIdentifier(saved.nationalIds().get(0), null)).map(Customer::id).contains(saved.id());
        assertThat(ports.loadCustomer().findByIdentifier(saved.phone().orElseThrow(), saved.state().counterparty()))
                .map(Customer::id).contains(saved.id());
        assertThat(ports.loadCustomer().findByIdentifier(saved.phone().orElseThrow(), null)).as("a phone outside the scope").isEmpty();
        assertThat(ports.loadCustomer().findByIdentifier(UniqueValues.turkishId(), null)).isEmpty();
    }

    @Test
    public void stores_and_finds_a_phone_number_kept_as_sent_up_to_32_digits() {
        CounterpartyId counterparty = new CounterpartyId(UUID.randomUUID());
        String digits = "11249888888888888888888888888888";
        Customer saved = insert(CustomerBuilder.aWalletCustomer(counterparty).withPhone(PhoneNumber.asSent(digits)));

        Customer loaded = ports.loadCustomer().findById(saved.id()).orElseThrow();
        assertThat(loaded.phone()).contains(PhoneNumber.asSent(digits));
        assertThat(ports.loadCustomer().findByIdentifier(PhoneNumber.asSent(digits), counterparty)).map(Customer::id).contains(saved.id());
    }

    @Test
    public void finds_a_login_only_within_the_given_counterparty() {
        CounterpartyId counterparty = new CounterpartyId(UUID.randomUUID());
        String login = UniqueValues.login().value();
        Customer wallet = insert(CustomerBuilder.aWalletCustomer(counterparty).withLogin(login));
        Customer bankOwn = insert(CustomerBuilder.aCustomer().withLogin(login));

        assertThat(ports.loadCustomer().findByIdentifier(new Login(login.toUpperCase()), counterparty))
                .map(Customer::id).contains(wallet.id());
        assertThat(ports.loadCustomer().findByIdentifier(new Login(login), null)).map(Customer::id).contains(bankOwn.id());
        assertThat(ports.loadCustomer().findByIdentifier(new Login(login), new CounterpartyId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void finds_the_oldest_customer_of_a_shared_email_address() {
        EmailAddress email = UniqueValues.email();
        Customer oldest = insert(CustomerBuilder.aCustomer().withEmail(email.value()));
        tick(Duration.ofMinutes(1));
        insert(CustomerBuilder.aCustomer().withEmail(email.value()));

        assertThat(ports.loadCustomer().findByIdentifier(email, null)).map(Customer::id).contains(oldest.id());
    }

    // ---- customer numbers ------------------------------------------------------------------------

    @Test
    public void issues_customer_numbers_that_never_repeat() {
        Set<CustomerNumber> issued = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            issued.add(ports.customerNumbers().nextCustomerNumber());
        }
        assertThat(issued).hasSize(500);
    }

    @Test
    public void issues_distinct_customer_numbers_to_concurrent_callers() throws Exception {
        int threads = 8;
        int perThread = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<CustomerNumber>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<CustomerNumber>> task = () -> {
                    List<CustomerNumber> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(ports.customerNumbers().nextCustomerNumber());
                    }
                    return mine;
                };
                futures.add(pool.submit(task));
            }
            Set<CustomerNumber> all = new HashSet<>();
            for (Future<List<CustomerNumber>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void a_failed_insert_does_not_leave_a_partial_customer_behind() {
        PhoneNumber phone = UniqueValues.phone();
        insert(CustomerBuilder.aCustomer().withPhone(phone));
        NationalId freshId = UniqueValues.turkishId();
        Customer rejected = build(CustomerBuilder.aCustomer().withPhone(phone).withNationalId(freshId)
                .withNumber(ports.customerNumbers().nextCustomerNumber()));

        assertThatThrownBy(() -> ports.saveCustomer().save(rejected)).isInstanceOf(DuplicateIdentifierException.class);

        assertThat(ports.loadCustomer().findByIdentifier(freshId, null)).isEmpty();
        assertThat(ports.loadCustomer().findByNumber(rejected.number())).isEmpty();
    }

    private static CustomerState withVersion(CustomerState s, long version) {
        return new CustomerState(s.id(), s.number(), s.type(), s.name(), s.birthDate(), s.status(), s.segment(), s.branch(),
                s.counterparty(), s.disabled(), s.blacklisting(), s.kyc(), s.identifiers(), s.contacts(), s.addresses(),
                s.representatives(), s.balanceAllowance(), s.picture(), s.createdAt(), s.updatedAt(), version);
    }
}
