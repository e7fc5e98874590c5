package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.account.HoldNiceNumberCommand;
import dev.opencif.application.port.in.account.NiceNumberOffer;
import dev.opencif.application.port.in.account.OpenNiceAccountCommand;
import dev.opencif.application.port.in.account.ReleaseHoldCommand;
import dev.opencif.application.port.in.account.SearchNiceNumbersQuery;
import dev.opencif.application.service.NiceNumberService;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountEvent;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ForbiddenException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.nicenumber.HoldStatus;
import dev.opencif.domain.nicenumber.NiceNumberCandidates;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.nicenumber.NiceNumberRules;
import dev.opencif.domain.nicenumber.NicePattern;
import dev.opencif.domain.nicenumber.NiceTier;
import dev.opencif.domain.shared.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NiceNumberServiceTest {
    private static final Origin ORIGIN = new Origin(Channel.ESB, "req-7", "esb-client");
    private static final Asset VND = Asset.currency("VND", 0);
    private static final NicePattern ENDS_8888 = new NicePattern(NicePattern.Kind.SUFFIX, "8888");
    private static final AccountNumber NUMBER = new AccountNumber("5123458888");
    private static final Duration ONE_HOUR = Duration.ofHours(1);

    private final UseCaseFixture fx = UseCaseFixture.create();
    private final NiceNumberService service = new NiceNumberService(fx.context());

    // ---- search ---------------------------------------------------------------------------------

    @Test
    void finds_numbers_matching_the_pattern_nicest_first() {
        List<NiceNumberOffer> offers = service.search(new SearchNiceNumbersQuery(ENDS_8888, null, 10));

        assertThat(offers).hasSize(10);
        assertThat(offers).allSatisfy(o -> {
            assertThat(o.number().value()).hasSize(fx.ports().accountNumbers().accountNumberLength()).endsWith("8888");
            assertThat(o.tier()).isEqualTo(NiceNumberRules.classify(o.number()));
        });
        assertThat(offers).extracting(NiceNumberOffer::tier).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(offers).extracting(NiceNumberOffer::number).doesNotHaveDuplicates();
    }

    @Test
    void offers_only_numbers_of_at_least_the_minimum_tier() {
        List<NiceNumberOffer> offers = service.search(new SearchNiceNumbersQuery(
                new NicePattern(NicePattern.Kind.CONTAINS, "68"), NiceTier.PLATINUM, 5));

        assertThat(offers).hasSize(5).allSatisfy(o -> {
            assertThat(o.tier()).isEqualTo(NiceTier.PLATINUM);
            assertThat(o.number().value()).contains("68");
        });
    }

    @Test
    void gives_the_same_offers_to_a_repeated_search_and_filters_each_by_its_own_minimum_tier() {
        NicePattern ends12 = new NicePattern(NicePattern.Kind.SUFFIX, "12");
        List<NiceNumberOffer> gold = service.search(new SearchNiceNumbersQuery(ends12, NiceTier.GOLD, 100));
        List<NiceNumberOffer> any = service.search(new SearchNiceNumbersQuery(ends12, null, 100));

        assertThat(service.search(new SearchNiceNumbersQuery(ends12, NiceTier.GOLD, 100))).isEqualTo(gold);
        assertThat(service.search(new SearchNiceNumbersQuery(ends12, null, 100))).isEqualTo(any);
        assertThat(gold).isNotEmpty().extracting(NiceNumberOffer::tier).doesNotContain(NiceTier.SILVER, NiceTier.STANDARD);
        assertThat(any).hasSize(100).extracting(NiceNumberOffer::tier).contains(NiceTier.STANDARD);
    }

    @Test
    void never_offers_a_number_an_account_uses_or_someone_holds() {
        List<NiceNumberOffer> before = service.search(new SearchNiceNumbersQuery(ENDS_8888, null, 5));
        Customer holder = customer(KycLevel.STANDARD);
        AccountNumber used = before.get(0).number();
        AccountNumber held = before.get(1).number();
        openAccountWith(used, holder);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(holder), held, ONE_HOUR));

        List<NiceNumberOffer> after = service.search(new SearchNiceNumbersQuery(ENDS_8888, null, 5));

        assertThat(after).hasSize(5).extracting(NiceNumberOffer::number).doesNotContain(used, held);
        assertThat(after).extracting(NiceNumberOffer::number).contains(before.get(2).number());
    }

    @Test
    void offers_a_number_again_once_its_hold_expired() {
        Customer holder = customer(KycLevel.STANDARD);
        AccountNumber first = service.search(new SearchNiceNumbersQuery(ENDS_8888, null, 1)).get(0).number();
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(holder), first, ONE_HOUR));
        assertThat(service.search(new SearchNiceNumbersQuery(ENDS_8888, null, 1))).extracting(NiceNumberOffer::number)
                .doesNotContain(first);

        fx.clock().advance(ONE_HOUR);

        assertThat(service.search(new SearchNiceNumbersQuery(ENDS_8888, null, 1))).extracting(NiceNumberOffer::number)
                .containsExactly(first);
    }

    @Test
    void looks_further_when_every_first_candidate_is_taken() {
        Customer owner = customer(KycLevel.STANDARD);
        List<AccountNumber> firstRound = NiceNumberCandidates.generate(ENDS_8888,
                fx.ports().accountNumbers().accountNumberLength(), 4);
        firstRound.forEach(n -> openAccountWith(n, owner));

        List<NiceNumberOffer> offers = service.search(new SearchNiceNumbersQuery(ENDS_8888, null, 1));

        assertThat(offers).hasSize(1);
        assertThat(offers.get(0).number().value()).endsWith("8888");
        assertThat(firstRound).doesNotContain(offers.get(0).number());
    }

    @Test
    void looks_further_when_the_first_round_brings_fewer_candidates_than_asked_and_all_are_held() {
        Customer holder = customer(KycLevel.STANDARD);
        NicePattern ends888 = new NicePattern(NicePattern.Kind.SUFFIX, "888");
        int length = fx.ports().accountNumbers().accountNumberLength();
        List<AccountNumber> firstRound = NiceNumberCandidates.generate(ends888, length, 320);
        assertThat(firstRound).as("the generator returns fewer than asked for this pattern").hasSizeLessThan(320);
        firstRound.forEach(n -> fx.ports().holds().place(
                NiceNumberHold.place(n, holder.id(), fx.clock().instant(), ONE_HOUR), fx.clock().instant()));

        List<NiceNumberOffer> offers = service.search(new SearchNiceNumbersQuery(ends888, null, 80));

        assertThat(offers).hasSize(80).allSatisfy(o -> assertThat(o.number().value()).endsWith("888"));
        assertThat(offers).extracting(NiceNumberOffer::number).doesNotContainAnyElementsOf(firstRound);
    }

    @Test
    void returns_nothing_for_an_exact_number_of_another_length_or_already_taken() {
        assertThat(service.search(new SearchNiceNumbersQuery(new NicePattern(NicePattern.Kind.EXACT, "88888888"), null, 3)))
                .isEmpty();

        NicePattern exact = new NicePattern(NicePattern.Kind.EXACT, NUMBER.value());
        assertThat(service.search(new SearchNiceNumbersQuery(exact, null, 3))).extracting(NiceNumberOffer::number)
                .containsExactly(NUMBER);
        openAccountWith(NUMBER, customer(KycLevel.STANDARD));
        assertThat(service.search(new SearchNiceNumbersQuery(exact, null, 3))).isEmpty();
    }

    @Test
    void rejects_a_search_without_pattern_or_with_a_limit_out_of_range() {
        assertThatThrownBy(() -> service.search(new SearchNiceNumbersQuery(null, null, 0)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("limit", "pattern"));
        assertThatThrownBy(() -> service.search(new SearchNiceNumbersQuery(ENDS_8888, null, 101)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("limit"));
    }

    // ---- hold -----------------------------------------------------------------------------------

    @Test
    void holds_a_free_number_for_the_customer_until_it_expires() {
        Customer customer = customer(KycLevel.STANDARD);

        NiceNumberHold hold = service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, ONE_HOUR));

        assertThat(hold.holder()).isEqualTo(customer.id());
        assertThat(hold.status()).isEqualTo(HoldStatus.HELD);
        assertThat(hold.heldAt()).isEqualTo(fx.clock().instant());
        assertThat(hold.expiresAt()).isEqualTo(fx.clock().instant().plus(ONE_HOUR));
        assertThat(fx.ports().holds().findByNumber(NUMBER)).contains(hold);
        assertThat(fx.adapters().interactions().all()).singleElement()
                .satisfies(i -> assertThat(i.operation()).isEqualTo("hold-nice-number"));
    }

    @Test
    void rejects_a_number_whose_length_is_not_the_banks() {
        Customer customer = customer(KycLevel.STANDARD);

        assertThatThrownBy(() -> service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), new AccountNumber("88888888"), ONE_HOUR)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("number"));
    }

    @Test
    void rejects_a_hold_duration_outside_one_minute_to_thirty_days() {
        Customer customer = customer(KycLevel.STANDARD);

        assertThatThrownBy(() -> service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, Duration.ofSeconds(30))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("holdDuration"));
        assertThatThrownBy(() -> service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, Duration.ofDays(31))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("duration"));
        assertThat(fx.ports().holds().findByNumber(NUMBER)).isEmpty();
    }

    @Test
    void gives_a_contested_number_to_the_first_customer_only() {
        Customer first = customer(KycLevel.STANDARD);
        Customer second = customer(KycLevel.STANDARD);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(first), NUMBER, ONE_HOUR));

        assertThatThrownBy(() -> service.hold(new HoldNiceNumberCommand(ORIGIN, ref(second), NUMBER, ONE_HOUR)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("NUMBER_UNAVAILABLE"));
        assertThat(fx.ports().holds().findByNumber(NUMBER)).hasValueSatisfying(h -> assertThat(h.holder()).isEqualTo(first.id()));
    }

    @Test
    void lets_exactly_one_of_two_simultaneous_holders_win() throws Exception {
        Customer first = customer(KycLevel.STANDARD);
        Customer second = customer(KycLevel.STANDARD);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<NiceNumberHold>> results = new ArrayList<>();
            for (Customer contender : List.of(first, second)) {
                Callable<NiceNumberHold> attempt = () -> {
                    start.await();
                    return service.hold(new HoldNiceNumberCommand(ORIGIN, ref(contender), NUMBER, ONE_HOUR));
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int won = 0;
            int lost = 0;
            for (Future<NiceNumberHold> result : results) {
                try {
                    result.get(10, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(RuleViolationException.class,
                            r -> assertThat(r.rule()).isEqualTo("NUMBER_UNAVAILABLE"));
                    lost++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(lost).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lets_another_customer_hold_the_number_once_the_hold_expired() {
        Customer first = customer(KycLevel.STANDARD);
        Customer second = customer(KycLevel.STANDARD);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(first), NUMBER, ONE_HOUR));
        fx.clock().advance(ONE_HOUR);

        NiceNumberHold hold = service.hold(new HoldNiceNumberCommand(ORIGIN, ref(second), NUMBER, ONE_HOUR));

        assertThat(hold.holder()).isEqualTo(second.id());
        assertThat(fx.ports().holds().findByNumber(NUMBER)).contains(hold);
    }

    @Test
    void refuses_a_number_an_account_already_uses() {
        Customer customer = customer(KycLevel.STANDARD);
        openAccountWith(NUMBER, customer(KycLevel.STANDARD));

        assertThatThrownBy(() -> service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, ONE_HOUR)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("NUMBER_UNAVAILABLE"));
    }

    @Test
    void limits_a_customer_to_three_active_holds() {
        Customer customer = customer(KycLevel.STANDARD);
        List<AccountNumber> numbers = List.of(new AccountNumber("5100008888"), new AccountNumber("5200008888"),
                new AccountNumber("5300008888"));
        numbers.forEach(n -> service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), n, ONE_HOUR)));

        assertThatThrownBy(() -> service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, ONE_HOUR)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("TOO_MANY_HOLDS"));
        assertThat(fx.ports().holds().findByNumber(NUMBER)).isEmpty();

        service.release(new ReleaseHoldCommand(ORIGIN, ref(customer), numbers.get(0)));
        assertThat(service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, ONE_HOUR)).status())
                .isEqualTo(HoldStatus.HELD);
    }

    @Test
    void refuses_a_closed_blocked_or_blacklisted_customer() {
        Customer closed = customer(KycLevel.STANDARD);
        closed.changeStatus(CustomerStatus.CLOSED, fx.clock().instant());
        fx.ports().saveCustomer().save(closed);
        Customer blocked = customer(KycLevel.STANDARD);
        blocked.changeStatus(CustomerStatus.BLOCKED, fx.clock().instant());
        fx.ports().saveCustomer().save(blocked);
        Customer blacklisted = customer(KycLevel.STANDARD);
        blacklisted.blacklist("fraud", fx.clock().instant());
        fx.ports().saveCustomer().save(blacklisted);

        for (Customer customer : List.of(closed, blocked, blacklisted)) {
            assertThatThrownBy(() -> service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, ONE_HOUR)))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.rule()).isEqualTo("CUSTOMER_NOT_ELIGIBLE"));
        }
        assertThat(fx.ports().holds().findByNumber(NUMBER)).isEmpty();
    }

    @Test
    void reports_an_unknown_customer_as_not_found_when_holding() {
        assertThatThrownBy(() -> service.hold(new HoldNiceNumberCommand(ORIGIN, CustomerRef.id(CustomerId.random()), NUMBER, ONE_HOUR)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Customer"));
    }

    // ---- release --------------------------------------------------------------------------------

    @Test
    void releasing_a_hold_frees_the_number_for_others() {
        Customer first = customer(KycLevel.STANDARD);
        Customer second = customer(KycLevel.STANDARD);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(first), NUMBER, ONE_HOUR));

        NiceNumberHold released = service.release(new ReleaseHoldCommand(ORIGIN, ref(first), NUMBER));

        assertThat(released.status()).isEqualTo(HoldStatus.RELEASED);
        assertThat(fx.ports().holds().findByNumber(NUMBER)).contains(released);
        assertThat(fx.adapters().interactions().all()).extracting(i -> i.operation())
                .containsExactly("hold-nice-number", "release-nice-number-hold");
        assertThat(service.hold(new HoldNiceNumberCommand(ORIGIN, ref(second), NUMBER, ONE_HOUR)).holder())
                .isEqualTo(second.id());
    }

    @Test
    void releasing_a_number_nobody_held_is_not_found() {
        Customer customer = customer(KycLevel.STANDARD);

        assertThatThrownBy(() -> service.release(new ReleaseHoldCommand(ORIGIN, ref(customer), NUMBER)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("NiceNumberHold"));
    }

    @Test
    void only_the_holder_may_release_a_hold() {
        Customer holder = customer(KycLevel.STANDARD);
        Customer other = customer(KycLevel.STANDARD);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(holder), NUMBER, ONE_HOUR));

        assertThatThrownBy(() -> service.release(new ReleaseHoldCommand(ORIGIN, ref(other), NUMBER)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(fx.ports().holds().findByNumber(NUMBER)).hasValueSatisfying(h -> assertThat(h.status()).isEqualTo(HoldStatus.HELD));
    }

    @Test
    void an_expired_or_already_released_hold_cannot_be_released() {
        Customer holder = customer(KycLevel.STANDARD);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(holder), NUMBER, ONE_HOUR));
        service.release(new ReleaseHoldCommand(ORIGIN, ref(holder), NUMBER));

        assertThat(rule(() -> service.release(new ReleaseHoldCommand(ORIGIN, ref(holder), NUMBER)))).isEqualTo("HOLD_NOT_ACTIVE");

        AccountNumber other = new AccountNumber("5900008888");
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(holder), other, ONE_HOUR));
        fx.clock().advance(ONE_HOUR.plusSeconds(1));
        assertThat(rule(() -> service.release(new ReleaseHoldCommand(ORIGIN, ref(holder), other)))).isEqualTo("HOLD_EXPIRED");
    }

    // ---- open with a held number ----------------------------------------------------------------

    @Test
    void opens_an_account_with_the_held_number_and_consumes_the_hold() {
        Customer customer = customer(KycLevel.STANDARD);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, ONE_HOUR));

        AccountState account = service.open(openNice(customer, ProductType.CURRENT_ACCOUNT, VND));

        assertThat(account.number()).isEqualTo(NUMBER);
        assertThat(account.iban()).isEqualTo(fx.ports().ibans().ibanFor(NUMBER));
        assertThat(account.customerId()).isEqualTo(customer.id());
        assertThat(fx.ports().loadAccount().findByNumber(NUMBER)).isPresent();
        assertThat(fx.ports().holds().findByNumber(NUMBER)).hasValueSatisfying(h -> assertThat(h.status()).isEqualTo(HoldStatus.CONSUMED));
        assertThat(fx.adapters().events().published(AccountEvent.Opened.class)).singleElement()
                .satisfies(e -> assertThat(e.number()).isEqualTo(NUMBER));
        assertThat(fx.adapters().interactions().all()).extracting(i -> i.operation())
                .containsExactly("hold-nice-number", "open-nice-account");
        assertThat(service.search(new SearchNiceNumbersQuery(new NicePattern(NicePattern.Kind.EXACT, NUMBER.value()), null, 1)))
                .isEmpty();
    }

    @Test
    void a_consumed_hold_cannot_open_a_second_account() {
        Customer customer = customer(KycLevel.STANDARD);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, ONE_HOUR));
        service.open(openNice(customer, ProductType.CURRENT_ACCOUNT, VND));

        assertThat(rule(() -> service.open(openNice(customer, ProductType.SAVINGS_ACCOUNT, VND)))).isEqualTo("HOLD_NOT_ACTIVE");
        assertThat(fx.ports().loadAccount().findByCustomer(customer.id())).hasSize(1);
    }

    @Test
    void another_customer_cannot_open_an_account_with_a_held_number() {
        Customer holder = customer(KycLevel.STANDARD);
        Customer other = customer(KycLevel.STANDARD);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(holder), NUMBER, ONE_HOUR));

        assertThatThrownBy(() -> service.open(openNice(other, ProductType.CURRENT_ACCOUNT, VND)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(fx.ports().loadAccount().findByNumber(NUMBER)).isEmpty();
        assertThat(fx.ports().holds().findByNumber(NUMBER)).hasValueSatisfying(h -> assertThat(h.status()).isEqualTo(HoldStatus.HELD));
    }

    @Test
    void an_expired_hold_cannot_open_an_account() {
        Customer customer = customer(KycLevel.STANDARD);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, ONE_HOUR));
        fx.clock().advance(ONE_HOUR);

        assertThat(rule(() -> service.open(openNice(customer, ProductType.CURRENT_ACCOUNT, VND)))).isEqualTo("HOLD_EXPIRED");
        assertThat(fx.ports().loadAccount().findByNumber(NUMBER)).isEmpty();
    }

    @Test
    void opening_without_a_hold_is_not_found() {
        Customer customer = customer(KycLevel.STANDARD);

        assertThatThrownBy(() -> service.open(openNice(customer, ProductType.CURRENT_ACCOUNT, VND)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("NiceNumberHold"));
    }

    @Test
    void a_refused_opening_keeps_the_hold_active() {
        Customer customer = customer(KycLevel.NONE);
        service.hold(new HoldNiceNumberCommand(ORIGIN, ref(customer), NUMBER, ONE_HOUR));

        assertThat(rule(() -> service.open(openNice(customer, ProductType.CURRENT_ACCOUNT, VND)))).isEqualTo("KYC_LEVEL_TOO_LOW");
        assertThat(fx.ports().loadAccount().findByNumber(NUMBER)).isEmpty();
        assertThat(fx.ports().holds().findByNumber(NUMBER)).hasValueSatisfying(h -> assertThat(h.status()).isEqualTo(HoldStatus.HELD));
        assertThat(fx.adapters().events().published(AccountEvent.Opened.class)).isEmpty();
    }

    @Test
    void opening_names_every_missing_field() {
        assertThatThrownBy(() -> service.open(new OpenNiceAccountCommand(ORIGIN, null, NUMBER, null, VND)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("customer", "product"));
    }

    private OpenNiceAccountCommand openNice(Customer customer, ProductType product, Asset asset) {
        return new OpenNiceAccountCommand(ORIGIN, ref(customer), NUMBER, product, asset);
    }

    private static String rule(Runnable call) {
        try {
            call.run();
        } catch (RuleViolationException e) {
            return e.rule();
        } catch (OpenCifException e) {
            throw new AssertionError("expected a rule violation, got " + e, e);
        }
        throw new AssertionError("expected a rule violation, nothing was thrown");
    }

    private void openAccountWith(AccountNumber number, Customer owner) {
        fx.ports().saveAccount().save(Account.open(AccountId.random(), number, fx.ports().ibans().ibanFor(number), owner,
                ProductType.CURRENT_ACCOUNT, VND, fx.clock().instant()));
    }

    private static CustomerRef ref(Customer customer) {
        return CustomerRef.number(customer.number());
    }

    private Customer customer(KycLevel level) {
        KycProfile kyc = level == KycLevel.NONE ? KycProfile.none()
                : KycProfile.none().verifiedAs(level, KycMethod.IN_BRANCH, fx.clock().instant());
        CustomerRegistration registration = new CustomerRegistration(CustomerType.INDIVIDUAL,
                new PersonName("Minh", "Pham", null), null, CustomerStatus.ACTIVE, null, null, null, false, kyc,
                List.of(), null, null, null);
        return fx.ports().saveCustomer().save(Customer.register(CustomerId.random(),
                fx.ports().customerNumbers().nextCustomerNumber(), registration, fx.clock().instant()));
    }
}
