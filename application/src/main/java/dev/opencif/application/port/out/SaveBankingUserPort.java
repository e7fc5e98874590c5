package dev.opencif.application.port.out;

import dev.opencif.domain.banking.OnlineBankingUser;

/** Stores online-banking users; usernames are unique bank-wide and never reused. */
public interface SaveBankingUserPort {

    /**
     * Inserts or updates with optimistic locking; returns the stored user, version incremented.
     *
     * @throws dev.opencif.domain.error.DuplicateIdentifierException kind {@code BANKING_USERNAME}
     * @throws dev.opencif.domain.error.ConflictException on a stale version
     */
    OnlineBankingUser save(OnlineBankingUser user);
}
