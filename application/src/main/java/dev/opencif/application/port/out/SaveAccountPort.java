package dev.opencif.application.port.out;

import dev.opencif.domain.account.Account;

/** Stores accounts with optimistic locking and their uniqueness rules. */
public interface SaveAccountPort {

    /**
     * Inserts ({@code version() == 0}) or updates (stored version equals {@code version()}) and returns the
     * account as stored, version incremented.
     *
     * @throws dev.opencif.domain.error.ConflictException on a stale version
     * @throws dev.opencif.domain.error.DuplicateIdentifierException kinds {@code ACCOUNT_NUMBER}, {@code IBAN},
     *         and {@code ASSET_ACCOUNT} when the customer already has a not-closed account of a one-per-asset
     *         product (e-money wallet) for the same asset code and issuer
     */
    Account save(Account account);
}
