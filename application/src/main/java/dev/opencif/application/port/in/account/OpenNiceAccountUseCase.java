package dev.opencif.application.port.in.account;

import dev.opencif.domain.account.AccountState;

/**
 * Opens an account with a held nice number: only by the holder, only before the hold expires; the hold
 * is consumed in the same unit of work.
 * <p>Seed operation: ESB {@code inquiry-nice-acct-online}.
 */
public interface OpenNiceAccountUseCase {

    AccountState open(OpenNiceAccountCommand command);
}
