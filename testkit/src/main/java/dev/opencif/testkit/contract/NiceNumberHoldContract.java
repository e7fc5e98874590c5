package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.nicenumber.HoldStatus;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.nicenumber.NiceNumberRules;
import dev.opencif.domain.nicenumber.NiceTier;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.NiceNumberHoldPort}: placing is atomic and refuses numbers that
 * are used or actively held; finished or expired holds are replaced; concurrent contenders never both win.
 */
public abstract class NiceNumberHoldContract extends PortContract {

    private NiceNumberHold hold(AccountNumber number, CustomerId holder, Duration duration) {
        return NiceNumberHold.place(number, holder, now(), duration);
    }

    private void assertUnavailable(Runnable place) {
        assertThatThrownBy(place::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo("NUMBER_UNAVAILABLE"));
    }

    @Test
    public void places_a_hold_and_finds_it_by_number() {
        Customer holder = storedCustomer();
        NiceNumberHold hold = hold(UniqueValues.accountNumber(), holder.id(), Duration.ofHours(2));

        ports.holds().place(hold, now());

        assertThat(ports.holds().findByNumber(hold.number())).contains(hold);
        assertThat(ports.holds().findByNumber(UniqueValues.accountNumber())).isEmpty();
    }

    @Test
    public void refuses_a_number_actively_held_by_another_customer_and_keeps_the_first_hold() {
        AccountNumber number = UniqueValues.accountNumber();
        NiceNumberHold first = hold(number, storedCustomer().id(), Duration.ofHours(1));
        ports.holds().place(first, now());
        tick(Duration.ofMinutes(30));
        NiceNumberHold second = hold(number, storedCustomer().id(), Duration.ofHours(1));

        assertUnavailable(() -> ports.holds().place(second, now()));
        assertThat(ports.holds().findByNumber(number)).contains(first);
    }

    @Test
    public void refuses_a_second_active_hold_even_for_the_same_holder() {
        Customer holder = storedCustomer();
        AccountNumber number = UniqueValues.accountNumber();
        ports.holds().place(hold(number, holder.id(), Duration.ofHours(1)), now());

        assertUnavailable(() -> ports.holds().place(hold(number, holder.id(), Duration.ofHours(3)), now()));
    }

    @Test
    public void refuses_a_number_that_an_account_uses() {
        Customer owner = storedCustomer();
        AccountNumber number = ports.accountNumbers().nextAccountNumber();
        ports.saveAccount().save(AccountBuilder.anAccount().ownedBy(owner).withNumber(number).withoutIban().build(clock));

        assertUnavailable(() -> ports.holds().place(hold(number, storedCustomer().id(), Duration.ofHours(1)), now()));
        assertThat(ports.holds().findByNumber(number)).isEmpty();
    }

    @Test
    public void replaces_an_expired_hold() {
        AccountNumber number = UniqueValues.accountNumber();
        ports.holds().place(hold(number, storedCustomer().id(), Duration.ofMinutes(10)), now());
        tick(Duration.ofMinutes(10));
        NiceNumberHold next = hold(number, storedCustomer().id(), Duration.ofDays(1));

        ports.holds().place(next, now());

        assertThat(ports.holds().findByNumber(number)).contains(next);
    }

    @Test
    public void replaces_a_released_hold() {
        Customer holder = storedCustomer();
        AccountNumber released = UniqueValues.accountNumber();
        NiceNumberHold r = hold(released, holder.id(), Duration.ofHours(1));
        ports.holds().place(r, now());
        ports.holds().update(r.release(holder.id(), now()));
        tick(Duration.ofMinutes(1));
        CustomerId other = storedCustomer().id();

        ports.holds().place(hold(released, other, Duration.ofHours(1)), now());

        assertThat(ports.holds().findByNumber(released)).get().extracting(NiceNumberHold::holder).isEqualTo(other);
    }

    @Test
    public void a_consumed_number_belongs_to_its_account_and_can_never_be_held_again() {
        Customer holder = storedCustomer();
        AccountNumber consumed = UniqueValues.accountNumber();
        NiceNumberHold c = hold(consumed, holder.id(), Duration.ofHours(1));
        ports.holds().place(c, now());
        ports.holds().update(c.consume(holder.id(), now()));
        tick(Duration.ofDays(2));

        assertUnavailable(() -> ports.holds().place(hold(consumed, storedCustomer().id(), Duration.ofHours(1)), now()));
        assertThat(ports.holds().findByNumber(consumed)).get().extracting(NiceNumberHold::status).isEqualTo(HoldStatus.CONSUMED);
    }

    @Test
    public void a_number_the_sequence_issued_cannot_be_held_even_before_its_account_is_saved() {
        AccountNumber issued = ports.accountNumbers().nextAccountNumber();

        assertUnavailable(() -> ports.holds().place(hold(issued, storedCustomer().id(), Duration.ofHours(1)), now()));
        assertThat(ports.holds().findByNumber(issued)).isEmpty();
        assertThat(ports.numberAvailability().unavailableAmong(List.of(issued), now())).containsExactly(issued);
    }

    @Test
    public void the_sequence_skips_a_number_that_is_or_was_held() {
        AccountNumber probe = ports.accountNumbers().nextAccountNumber();
        AccountNumber next = probe;
        do {
            next = new AccountNumber(String.format("%0" + probe.value().length() + "d", Long.parseLong(next.value()) + 1));
        } while (NiceNumberRules.classify(next) != NiceTier.STANDARD);
        Customer holder = storedCustomer();
        NiceNumberHold held = hold(next, holder.id(), Duration.ofHours(1));
        ports.holds().place(held, now());
        ports.holds().update(held.release(holder.id(), now()));

        AccountNumber skipped = next;
        for (int i = 0; i < 50; i++) {
            assertThat(ports.accountNumbers().nextAccountNumber()).isNotEqualTo(skipped);
        }
    }

    @Test
    public void finishing_a_hold_that_is_no_longer_held_is_refused_and_changes_nothing() {
        Customer holder = storedCustomer();
        NiceNumberHold hold = hold(UniqueValues.accountNumber(), holder.id(), Duration.ofHours(1));
        ports.holds().place(hold, now());
        ports.holds().update(hold.consume(holder.id(), now()));

        assertThatThrownBy(() -> ports.holds().update(hold.release(holder.id(), now())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("HOLD_NOT_ACTIVE"));
        assertThat(ports.holds().findByNumber(hold.number())).get().extracting(NiceNumberHold::status)
                .isEqualTo(HoldStatus.CONSUMED);
    }

    @Test
    public void an_update_stores_the_released_or_consumed_state_of_the_latest_hold() {
        Customer holder = storedCustomer();
        NiceNumberHold hold = hold(UniqueValues.accountNumber(), holder.id(), Duration.ofHours(1));
        ports.holds().place(hold, now());

        NiceNumberHold consumed = hold.consume(holder.id(), now());
        ports.holds().update(consumed);

        assertThat(ports.holds().findByNumber(hold.number())).contains(consumed);
        assertThat(ports.holds().findByNumber(hold.number()).orElseThrow().status()).isEqualTo(HoldStatus.CONSUMED);
    }

    @Test
    public void lists_only_the_holds_of_a_holder_that_are_active_now() {
        Customer holder = storedCustomer();
        NiceNumberHold active = hold(UniqueValues.accountNumber(), holder.id(), Duration.ofDays(2));
        NiceNumberHold expiring = hold(UniqueValues.accountNumber(), holder.id(), Duration.ofHours(1));
        NiceNumberHold released = hold(UniqueValues.accountNumber(), holder.id(), Duration.ofDays(2));
        NiceNumberHold foreign = hold(UniqueValues.accountNumber(), storedCustomer().id(), Duration.ofDays(2));
        for (NiceNumberHold h : List.of(active, expiring, released, foreign)) {
            ports.holds().place(h, now());
        }
        ports.holds().update(released.release(holder.id(), now()));

        assertThat(ports.holds().findActiveByHolder(holder.id(), now())).containsExactlyInAnyOrder(active, expiring);
        assertThat(ports.holds().findActiveByHolder(holder.id(), now().plus(Duration.ofHours(1)))).containsExactly(active);
        assertThat(ports.holds().findActiveByHolder(CustomerId.random(), now())).isEmpty();
    }

    @Test
    public void of_many_concurrent_contenders_for_one_number_exactly_one_wins() throws Exception {
        int contenders = 16;
        AccountNumber number = UniqueValues.accountNumber();
        List<CustomerId> holders = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            holders.add(storedCustomer().id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (CustomerId holder : holders) {
                NiceNumberHold attempt = hold(number, holder, Duration.ofHours(1));
                Callable<Boolean> task = () -> {
                    start.await();
                    try {
                        ports.holds().place(attempt, now());
                        return true;
                    } catch (RuleViolationException e) {
                        assertThat(e.rule()).isEqualTo("NUMBER_UNAVAILABLE");
                        return false;
                    }
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).get(30, TimeUnit.SECONDS)) {
                    winners.add(i);
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(ports.holds().findByNumber(number)).get().extracting(NiceNumberHold::holder)
                    .isEqualTo(holders.get(winners.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }
}
