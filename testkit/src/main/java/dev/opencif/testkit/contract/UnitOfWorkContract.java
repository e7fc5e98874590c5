package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.interaction.InteractionId;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.AgreementBuilder;
import dev.opencif.testkit.builder.BankingUserBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.ProductApplicationBuilder;
import dev.opencif.testkit.builder.TransactionBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.UnitOfWorkPort}: everything written through the persistence
 * ports inside a unit of work is committed together or not at all; nested units join the outer one. The outbox is
 * inspected through {@link #storedEvents()}.
 */
public abstract class UnitOfWorkContract extends PortContract {

    /** Everything in the outbox, in publication order. */
    protected abstract List<StoredEvent> storedEvents();

    /** The ids of everything the eKYC-combo-like scenario writes. */
    private record Written(Customer customer, Account account, OnlineBankingUser user, Agreement agreement,
                           OnboardingProcess process, ProductApplication application, Transaction transaction,
                           NiceNumberHold hold, int events) {
    }

    /** Writes through every persistence port, as a multi-step use case would. */
    private Written writeEverything() {
        Customer customer = CustomerBuilder.aCustomer().withKyc(KycLevel.EKYC)
                .withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
        List<DomainEvent> events = new ArrayList<>(customer.pullEvents());
        Customer savedCustomer = ports.saveCustomer().save(customer);

        Account account = AccountBuilder.anAccount().ownedBy(savedCustomer)
                .withNumber(ports.accountNumbers().nextAccountNumber()).withoutIban().build(clock);
        events.addAll(account.pullEvents());
        Account savedAccount = ports.saveAccount().save(account);

        OnlineBankingUser user = BankingUserBuilder.aBankingUser().ownedBy(savedCustomer).build(clock);
        events.addAll(user.pullEvents());
        OnlineBankingUser savedUser = ports.saveBankingUser().save(user);

        Agreement agreement = AgreementBuilder.anAgreement().forCustomer(savedCustomer.id()).build(clock);
        events.addAll(agreement.pullEvents());
        Agreement savedAgreement = ports.agreements().save(agreement);

        OnboardingProcess process = OnboardingProcess.start(ports.onboardingProcesses().nextProcessId(),
                savedCustomer.nationalIds().get(0), savedCustomer.id(), Channel.INTERAPI, null, now());
        events.addAll(process.pullEvents());
        OnboardingProcess savedProcess = ports.onboardingProcesses().save(process);

        ProductApplication application = ports.applications().save(
                ProductApplicationBuilder.aProductApplication().forCustomer(savedCustomer.id()).build(clock));
        Transaction transaction = TransactionBuilder.aTransaction().forCustomer(savedCustomer.id())
                .onAccount(savedAccount.id()).build(clock);
        ports.transactions().record(transaction);
        NiceNumberHold hold = NiceNumberHold.place(UniqueValues.accountNumber(), savedCustomer.id(), now(), Duration.ofHours(1));
        ports.holds().place(hold, now());
        ports.interactions().append(new Interaction(InteractionId.random(), savedCustomer.id(), Channel.ESB, "ekyc-combo",
                now(), "req-1", "tester", Outcome.SUCCESS));
        ports.events().publish(events);
        return new Written(savedCustomer, savedAccount, savedUser, savedAgreement, savedProcess, application, transaction,
                hold, events.size());
    }

    private void assertNothingOf(Written w) {
        CustomerId id = w.customer().id();
        assertThat(ports.loadCustomer().findById(id)).isEmpty();
        assertThat(ports.loadCustomer().findByNumber(w.customer().number())).isEmpty();
        assertThat(ports.loadCustomer().findByIdentifier(w.customer().phone().orElseThrow(), null)).isEmpty();
        assertThat(ports.loadAccount().findById(w.account().id())).isEmpty();
        assertThat(ports.loadAccount().findByCustomer(id)).isEmpty();
        assertThat(ports.numberAvailability().unavailableAmong(List.of(w.account().state().number()), now())).isEmpty();
        assertThat(ports.loadBankingUser().findById(w.user().id())).isEmpty();
        assertThat(ports.loadBankingUser().findByUsername(w.user().state().username())).isEmpty();
        assertThat(ports.agreements().findById(w.agreement().id())).isEmpty();
        assertThat(ports.onboardingProcesses().findById(w.process().id())).isEmpty();
        assertThat(ports.onboardingProcesses().findByCitizen(w.customer().nationalIds().get(0))).isEmpty();
        assertThat(ports.applications().findByCustomer(id)).isEmpty();
        assertThat(ports.transactions().findByExternalRef(w.transaction().externalRef())).isEmpty();
        assertThat(ports.holds().findByNumber(w.hold().number())).isEmpty();
        assertThat(ports.interactions().find(id, now().minusSeconds(60), now().plusSeconds(60), Set.of(), 10)).isEmpty();
        assertThat(storedEvents()).noneMatch(e -> e.aggregateId().equals(id.toString())
                || e.aggregateId().equals(w.account().id().toString())
                || e.aggregateId().equals(w.user().id().toString()));
    }

    @Test
    public void a_failure_at_the_last_step_writes_nothing_at_all() {
        IllegalStateException failure = new IllegalStateException("the last step failed");
        List<Written> written = new ArrayList<>();

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            written.add(writeEverything());
            throw failure;
        })).isSameAs(failure);

        assertNothingOf(written.get(0));
    }

    @Test
    public void a_successful_unit_of_work_commits_every_write_and_returns_the_result() {
        Written w = ports.unitOfWork().inTransaction(this::writeEverything);

        assertThat(ports.loadCustomer().findById(w.customer().id())).map(Customer::state).contains(w.customer().state());
        assertThat(ports.loadAccount().findById(w.account().id())).isPresent();
        assertThat(ports.loadBankingUser().findById(w.user().id())).isPresent();
        assertThat(ports.agreements().findById(w.agreement().id())).isPresent();
        assertThat(ports.onboardingProcesses().findById(w.process().id())).isPresent();
        assertThat(ports.applications().findByCustomer(w.customer().id())).containsExactly(w.application());
        assertThat(ports.transactions().findByExternalRef(w.transaction().externalRef())).contains(w.transaction());
        assertThat(ports.holds().findByNumber(w.hold().number())).contains(w.hold());
        assertThat(ports.interactions().find(w.customer().id(), now().minusSeconds(1), now().plusSeconds(1), Set.of(), 10)).hasSize(1);
        assertThat(storedEvents()).filteredOn(e -> e.aggregateId().equals(w.customer().id().toString())).isNotEmpty();
    }

    @Test
    public void a_business_failure_midway_undoes_the_steps_before_it() {
        Customer holder = storedCustomer();
        Customer first = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
        Customer clashing = CustomerBuilder.aCustomer().withPhone(holder.phone().orElseThrow())
                .withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.saveCustomer().save(first);
            return ports.saveCustomer().save(clashing);
        })).isInstanceOf(DuplicateIdentifierException.class);

        assertThat(ports.loadCustomer().findById(first.id())).isEmpty();
        assertThat(ports.loadCustomer().findById(holder.id())).isPresent();
    }

    @Test
    public void a_nested_unit_of_work_joins_the_outer_one_and_rolls_back_with_it() {
        Customer inner = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.unitOfWork().inTransaction(() -> ports.saveCustomer().save(inner));
            assertThat(ports.loadCustomer().findById(inner.id())).isPresent();
            throw new IllegalStateException("outer fails after the inner unit succeeded");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports.loadCustomer().findById(inner.id())).isEmpty();
    }

    @Test
    public void a_failure_propagating_from_a_nested_unit_of_work_undoes_the_outer_writes_too() {
        Customer outer = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
        Customer inner = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.saveCustomer().save(outer);
            return ports.unitOfWork().inTransaction(() -> {
                ports.saveCustomer().save(inner);
                throw new IllegalArgumentException("inner fails");
            });
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(ports.loadCustomer().findById(outer.id())).isEmpty();
        assertThat(ports.loadCustomer().findById(inner.id())).isEmpty();
    }

    @Test
    public void a_nested_failure_caught_by_the_outer_unit_still_rolls_the_whole_unit_back() {
        Customer outer = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
        Customer inner = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
        IllegalArgumentException innerFailure = new IllegalArgumentException("inner fails after saving");

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.saveCustomer().save(outer);
            try {
                ports.unitOfWork().inTransaction(() -> {
                    ports.saveCustomer().save(inner);
                    throw innerFailure;
                });
            } catch (IllegalArgumentException swallowed) {
                // the caller decides to go on: the unit is rollback-only all the same
            }
            return "returned normally";
        })).isInstanceOf(IllegalStateException.class).hasCause(innerFailure);

        assertThat(ports.loadCustomer().findById(outer.id())).isEmpty();
        assertThat(ports.loadCustomer().findById(inner.id())).isEmpty();
    }

    @Test
    public void after_a_nested_failure_further_port_calls_of_the_unit_fail_at_once() {
        Customer later = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
        List<Throwable> seen = new ArrayList<>();

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            try {
                ports.unitOfWork().inTransaction(() -> {
                    throw new IllegalStateException("nested failure");
                });
            } catch (IllegalStateException swallowed) {
                // go on regardless
            }
            try {
                ports.saveCustomer().save(later);
            } catch (RuntimeException refused) {
                seen.add(refused);
            }
            return null;
        })).isInstanceOf(IllegalStateException.class);

        assertThat(seen).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(ports.loadCustomer().findById(later.id())).isEmpty();
    }

    @Test
    public void a_refused_write_caught_inside_the_unit_rolls_the_unit_back() {
        Customer holder = storedCustomer();
        Customer first = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
        Customer clashing = CustomerBuilder.aCustomer().withPhone(holder.phone().orElseThrow())
                .withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.saveCustomer().save(first);
            try {
                ports.saveCustomer().save(clashing);
            } catch (DuplicateIdentifierException swallowed) {
                // go on regardless
            }
            return null;
        })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(DuplicateIdentifierException.class);

        assertThat(ports.loadCustomer().findById(first.id())).isEmpty();
    }

    @Test
    public void nested_units_of_work_that_succeed_are_committed_with_the_outer_one() {
        Customer outer = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
        Customer inner = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);

        ports.unitOfWork().inTransaction(() -> {
            ports.saveCustomer().save(outer);
            return ports.unitOfWork().inTransaction(() -> ports.saveCustomer().save(inner));
        });

        assertThat(ports.loadCustomer().findAllById(List.of(outer.id(), inner.id()))).hasSize(2);
    }

    @Test
    public void writes_are_visible_to_reads_inside_the_same_unit_of_work() {
        Customer customer = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);

        Customer seen = ports.unitOfWork().inTransaction(() -> {
            ports.saveCustomer().save(customer);
            return ports.loadCustomer().findByIdentifier(customer.phone().orElseThrow(), null).orElseThrow();
        });

        assertThat(seen.id()).isEqualTo(customer.id());
    }

    @Test
    public void a_failed_unit_of_work_restores_updated_records_to_their_committed_state() {
        Customer saved = storedCustomer();

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            Customer loaded = ports.loadCustomer().findById(saved.id()).orElseThrow();
            loaded.changeDetails(CustomerChanges.none().withName(new PersonName("Never", "Committed", null)), now());
            ports.saveCustomer().save(loaded);
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        Customer stored = ports.loadCustomer().findById(saved.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(saved.state());
        stored.changeDetails(CustomerChanges.none().withName(new PersonName("Later", "Committed", null)), now());
        assertThat(ports.saveCustomer().save(stored).version()).isEqualTo(2);
    }

    @Test
    public void concurrent_units_of_work_retrying_on_conflict_lose_no_update() throws Exception {
        Customer owner = storedCustomer();
        AccountId accountId = AccountBuilder.anAccount().ownedBy(owner).savedIn(ports).id();
        int workers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                Callable<Void> task = () -> {
                    start.await();
                    while (true) {
                        try {
                            ports.unitOfWork().inTransaction(() -> {
                                Account account = ports.loadAccount().findById(accountId).orElseThrow();
                                account.applyBooking(Money.of("1.00", "EUR", 2), now());
                                return ports.saveAccount().save(account);
                            });
                            return null;
                        } catch (ConflictException retry) {
                            Thread.onSpinWait();
                        }
                    }
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Account account = ports.loadAccount().findById(accountId).orElseThrow();
        assertThat(account.state().balance().amount()).isEqualByComparingTo(new BigDecimal(workers));
        assertThat(account.version()).isEqualTo(1 + workers);
    }
}
