package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.LoadBankingUserPort;
import dev.opencif.application.port.out.SaveBankingUserPort;
import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.identifier.BankingUsername;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Online-banking users in memory; a username stays taken forever, even by a closed user. */
public final class InMemoryBankingUserStore implements LoadBankingUserPort, SaveBankingUserPort {
    private final InMemoryDatabase db;

    InMemoryBankingUserStore(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<OnlineBankingUser> findById(BankingUserId id) {
        Objects.requireNonNull(id, "id");
        return db.locked(() -> Optional.ofNullable(db.bankingUsers.get(id)).map(OnlineBankingUser::restore));
    }

    @Override
    public Optional<OnlineBankingUser> findByUsername(BankingUsername username) {
        Objects.requireNonNull(username, "username");
        return db.locked(() -> db.bankingUsers.values().stream().filter(u -> sameUsername(u.username(), username))
                .findFirst().map(OnlineBankingUser::restore));
    }

    @Override
    public List<OnlineBankingUser> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return db.locked(() -> db.bankingUsers.values().stream().filter(u -> u.customerId().equals(customer))
                .sorted(Comparator.comparing(BankingUserState::createdAt)).map(OnlineBankingUser::restore).toList());
    }

    @Override
    public OnlineBankingUser save(OnlineBankingUser user) {
        Objects.requireNonNull(user, "user");
        BankingUserState state = user.state();
        return db.locked(() -> {
            BankingUserState stored = db.bankingUsers.get(state.id());
            if (state.version() == 0) {
                if (stored != null) {
                    throw new AlreadyExistsException("BankingUser", state.id().toString());
                }
            } else if (stored == null || stored.version() != state.version()) {
                throw new ConflictException("BankingUser", state.id().toString(), state.version());
            }
            db.requireCustomer(state.customerId());
            boolean taken = db.bankingUsers.values().stream()
                    .anyMatch(u -> !u.id().equals(state.id()) && sameUsername(u.username(), state.username()));
            if (taken) {
                throw new DuplicateIdentifierException("BANKING_USERNAME");
            }
            BankingUserState next = new BankingUserState(state.id(), state.customerId(), state.username(), state.status(),
                    state.failedAttempts(), state.lockReason(), state.createdAt(), state.updatedAt(), state.version() + 1);
            OnlineBankingUser restored = OnlineBankingUser.restore(next);
            db.put(db.bankingUsers, next.id(), next);
            return restored;
        });
    }

    private static boolean sameUsername(BankingUsername a, BankingUsername b) {
        return a.uniqueKey().equals(b.uniqueKey());
    }
}
