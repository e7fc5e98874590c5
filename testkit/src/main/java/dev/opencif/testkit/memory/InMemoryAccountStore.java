package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.AccountNumberPort;
import dev.opencif.application.port.out.LoadAccountPort;
import dev.opencif.application.port.out.NumberAvailabilityPort;
import dev.opencif.application.port.out.SaveAccountPort;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.nicenumber.HoldStatus;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.nicenumber.NiceNumberRules;
import dev.opencif.domain.nicenumber.NiceTier;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accounts in memory with the database's rules: unique number and IBAN, one open e-money wallet per
 * asset per customer, optimistic versions; also issues ordinary 10-digit numbers and answers availability.
 */
public final class InMemoryAccountStore implements LoadAccountPort, SaveAccountPort, AccountNumberPort, NumberAvailabilityPort {
    public static final int ACCOUNT_NUMBER_LENGTH = 10;
    private static final long FIRST_ACCOUNT_NUMBER = 4_012_583_760L;

    private final InMemoryDatabase db;
    private final AtomicLong nextNumber = new AtomicLong(FIRST_ACCOUNT_NUMBER);

    InMemoryAccountStore(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public int accountNumberLength() {
        return ACCOUNT_NUMBER_LENGTH;
    }

    /**
     * The next plain (STANDARD tier) number that no account uses and no hold, past or present, claims; the number is
     * claimed as issued in the running unit of work (given back if it rolls back), as the JDBC adapter does.
     */
    @Override
    public AccountNumber nextAccountNumber() {
        return db.locked(() -> {
            while (true) {
                AccountNumber candidate = new AccountNumber(Long.toString(nextNumber.getAndIncrement()));
                if (NiceNumberRules.classify(candidate) == NiceTier.STANDARD && !used(candidate)
                        && !db.holds.containsKey(candidate) && !db.issuedNumbers.containsKey(candidate)) {
                    db.put(db.issuedNumbers, candidate, Boolean.TRUE);
                    return candidate;
                }
            }
        });
    }

    @Override
    public Set<AccountNumber> unavailableAmong(Collection<AccountNumber> numbers, Instant now) {
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(now, "now");
        return db.locked(() -> {
            Set<AccountNumber> unavailable = new LinkedHashSet<>();
            for (AccountNumber number : numbers) {
                if (used(number) || db.issuedNumbers.containsKey(number) || held(number, now)) {
                    unavailable.add(number);
                }
            }
            return Set.copyOf(unavailable);
        });
    }

    /** Whether any account, closed ones included, has the number. Caller holds the lock. */
    boolean used(AccountNumber number) {
        return db.accounts.values().stream().anyMatch(a -> a.number().equals(number));
    }

    /** Whether a hold blocks the number: active, or consumed by an account opening. */
    private boolean held(AccountNumber number, Instant now) {
        NiceNumberHold hold = db.holds.get(number);
        return hold != null && (hold.isActiveAt(now) || hold.status() == HoldStatus.CONSUMED);
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        Objects.requireNonNull(id, "id");
        return db.locked(() -> Optional.ofNullable(db.accounts.get(id)).map(Account::restore));
    }

    @Override
    public Optional<Account> findByNumber(AccountNumber number) {
        Objects.requireNonNull(number, "number");
        return db.locked(() -> db.accounts.values().stream().filter(a -> a.number().equals(number)).findFirst()
                .map(Account::restore));
    }

    @Override
    public Optional<Account> findByIban(Iban iban) {
        Objects.requireNonNull(iban, "iban");
        return db.locked(() -> db.accounts.values().stream().filter(a -> iban.equals(a.iban())).findFirst()
                .map(Account::restore));
    }

    @Override
    public List<Account> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return db.locked(() -> db.accounts.values().stream().filter(a -> a.customerId().equals(customer))
                .sorted(Comparator.comparing(AccountState::openedAt)).map(Account::restore).toList());
    }

    @Override
    public Account save(Account account) {
        Objects.requireNonNull(account, "account");
        AccountState state = account.state();
        return db.locked(() -> {
            AccountState stored = db.accounts.get(state.id());
            if (state.version() == 0) {
                if (stored != null) {
                    throw new AlreadyExistsException("Account", state.id().toString());
                }
            } else if (stored == null || stored.version() != state.version()) {
                throw new ConflictException("Account", state.id().toString(), state.version());
            }
            db.requireCustomer(state.customerId());
            for (AccountState other : db.accounts.values()) {
                if (other.id().equals(state.id())) {
                    continue;
                }
                if (other.number().equals(state.number())) {
                    throw new DuplicateIdentifierException("ACCOUNT_NUMBER");
                }
                if (state.iban() != null && state.iban().equals(other.iban())) {
                    throw new DuplicateIdentifierException("IBAN");
                }
                if (state.product().onePerAsset() && state.status() != AccountStatus.CLOSED
                        && other.status() != AccountStatus.CLOSED
                        && other.product() == state.product()
                        && other.customerId().equals(state.customerId())
                        && other.asset().sameAssetAs(state.asset())) {
                    throw new DuplicateIdentifierException("ASSET_ACCOUNT");
                }
            }
            AccountState next = new AccountState(state.id(), state.number(), state.iban(), state.customerId(), state.product(),
                    state.asset(), state.balance(), state.status(), state.blockReason(), state.openedAt(), state.updatedAt(),
                    state.closedAt(), state.version() + 1);
            Account restored = Account.restore(next);
            db.put(db.accounts, next.id(), next);
            return restored;
        });
    }
}
