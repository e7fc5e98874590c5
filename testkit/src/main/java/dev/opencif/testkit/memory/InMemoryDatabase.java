package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.UnitOfWorkPort;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
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
 */
public final class InMemoryDatabase implements UnitOfWorkPort {
    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private Deque<Runnable> undo;

    final Map<CustomerId, CustomerState> customers = new LinkedHashMap<>();
    final Map<AccountId, AccountState> accounts = new LinkedHashMap<>();
    final Map<AccountNumber, NiceNumberHold> holds = new LinkedHashMap<>();
    final Map<BankingUserId, BankingUserState> bankingUsers = new LinkedHashMap<>();
    final Map<ProcessId, OnboardingProcessState> processes = new LinkedHashMap<>();
    final Map<AgreementId, AgreementState> agreements = new LinkedHashMap<>();
    final Map<ApplicationId, ProductApplication> applications = new LinkedHashMap<>();
    final List<Transaction> transactions = new ArrayList<>();
    final List<Interaction> interactions = new ArrayList<>();
    final List<DomainEvent> events = new ArrayList<>();

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
                return work.get();
            }
            undo = new ArrayDeque<>();
            boolean committed = false;
            try {
                T result = work.get();
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    while (!undo.isEmpty()) {
                        undo.pop().run();
                    }
                }
                undo = null;
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

    /** Runs one port call under the lock; writes check everything before they change anything. */
    <T> T locked(Supplier<T> call) {
        lock.lock();
        try {
            return call.get();
        } finally {
            lock.unlock();
        }
    }

    void locked(Runnable call) {
        lock.lock();
        try {
            call.run();
        } finally {
            lock.unlock();
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

    /** Appends a row, remembering how to undo it. Caller holds the lock. */
    <T> void append(List<T> table, T row) {
        table.add(row);
        if (undo != null) {
            undo.push(() -> table.remove(table.size() - 1));
        }
    }
}
