package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.UnitOfWorkPort;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.application.shared.ConsentScope;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.onboarding.OnboardingProcessState;
import dev.opencif.domain.onboarding.ProcessId;
import dev.opencif.domain.product.ApplicationId;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.domain.transaction.Transaction;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The tables behind every in-memory port, guarded by one lock, with an undo log so a unit of work is
 * all or nothing. Every port call holds the lock; a unit of work holds it until it ends, so other
 * threads never see uncommitted writes (serializable isolation). Nested units of work join the outer one.
 * The JDBC adapter's rule for failures holds here too: a port call that fails inside a unit of work, or an exception
 * escaping a nested unit, makes the unit rollback-only — further port calls fail, and a normal return rolls back and
 * throws an {@link IllegalStateException} caused by the first failure.
 */
public final class InMemoryDatabase implements UnitOfWorkPort {
    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private Deque<Runnable> undo;
    private RuntimeException failure;

    final Map<CustomerId, CustomerState> customers = new LinkedHashMap<>();
    final Map<AccountId, AccountState> accounts = new LinkedHashMap<>();
    final Map<AccountNumber, NiceNumberHold> holds = new LinkedHashMap<>();
    /** Numbers the account sequence issued: claimed like a hold, so no hold can take them. */
    final Map<AccountNumber, Boolean> issuedNumbers = new LinkedHashMap<>();
    final Map<BankingUserId, BankingUserState> bankingUsers = new LinkedHashMap<>();
    final Map<ProcessId, OnboardingProcessState> processes = new LinkedHashMap<>();
    final Map<AgreementId, AgreementState> agreements = new LinkedHashMap<>();
    final Map<ApplicationId, ProductApplication> applications = new LinkedHashMap<>();
    final List<Transaction> transactions = new ArrayList<>();
    final List<Interaction> interactions = new ArrayList<>();
    final List<DomainEvent> events = new ArrayList<>();
    final Map<dev.opencif.application.shared.IdempotencyKey, InMemoryIdempotencyRecords.Row> idempotency = new LinkedHashMap<>();

    InMemoryDatabase(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Clock clock() {
        return clock;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        lock.lock();
        try {
            if (undo != null) {
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    failed(e);
                    throw e;
                } catch (Error e) {
                    failed(new IllegalStateException("a nested unit of work failed: " + e, e));
                    throw e;
                }
            }
            undo = new ArrayDeque<>();
            failure = null;
            boolean committed = false;
            try {
                T result = work.get();
                if (failure != null) {
                    throw new IllegalStateException("the unit of work was rolled back: a failure inside it ("
                            + failure.getMessage() + ") was not passed on", failure);
                }
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    while (!undo.isEmpty()) {
                        undo.pop().run();
                    }
                }
                undo = null;
                failure = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread is inside a unit of work. */
    public boolean inTransaction() {
        lock.lock();
        try {
            return undo != null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs one port call under the lock; writes check everything before they change anything. Inside a rollback-only
     * unit of work it fails at once; a call that fails inside a unit of work makes it rollback-only.
     */
    <T> T locked(Supplier<T> call) {
        lock.lock();
        try {
            if (undo != null && failure != null) {
                throw new IllegalStateException("the unit of work is rollback-only after a failure inside it ("
                        + failure.getMessage() + ") and can only be rolled back", failure);
            }
            try {
                return call.get();
            } catch (RuntimeException e) {
                failed(e);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    void locked(Runnable call) {
        locked(() -> {
            call.run();
            return null;
        });
    }

    /** Remembers the first failure inside the running unit of work, if any. Caller holds the lock. */
    private void failed(RuntimeException cause) {
        if (undo != null && failure == null) {
            failure = cause;
        }
    }

    /** Whether {@code customer} holds an agreement that puts it in {@code scope}. Caller holds the lock. */
    boolean inScope(CustomerId customer, ConsentScope scope) {
        for (AgreementState agreement : agreements.values()) {
            if (agreement.customerId().equals(customer) && scope.admits(Agreement.restore(agreement))) {
                return true;
            }
        }
        return false;
    }

    /** Refuses a row that references a customer that does not exist, as a foreign key would. Caller holds the lock. */
    void requireCustomer(CustomerId customer) {
        if (!customers.containsKey(customer)) {
            throw new NotFoundException("Customer", customer.toString());
        }
    }

    /** Refuses a row that references an account that does not exist, as a foreign key would. Caller holds the lock. */
    void requireAccount(AccountId account) {
        if (!accounts.containsKey(account)) {
            throw new NotFoundException("Account", account.toString());
        }
    }

    /** Puts a row, remembering how to undo it if the surrounding unit of work fails. Caller holds the lock. */
    <K, V> void put(Map<K, V> table, K key, V value) {
        boolean existed = table.containsKey(key);
        V previous = table.put(key, value);
        if (undo != null) {
            undo.push(existed ? () -> table.put(key, previous) : () -> table.remove(key));
        }
    }

    /** Removes a row, remembering how to undo it. Caller holds the lock. */
    <K, V> void remove(Map<K, V> table, K key) {
        if (!table.containsKey(key)) {
            return;
        }
        V previous = table.remove(key);
        if (undo != null) {
            undo.push(() -> table.put(key, previous));
        }
    }

    /** Appends a row, remembering how to undo it. Caller holds the lock. */
    <T> void append(List<T> table, T row) {
        table.add(row);
        if (undo != null) {
            undo.push(() -> table.remove(table.size() - 1));
        }
    }
}
