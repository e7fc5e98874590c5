package dev.opencif.application.port.in.banking;

import dev.opencif.domain.banking.BankingUserState;

/**
 * Closes a customer's internet/mobile banking (IBMB) user for good; the username is never reissued.
 * <p>Seed operation: ESB {@code close-izi-mobile-acct}.
 */
public interface CloseBankingUserUseCase {

    BankingUserState close(CloseBankingUserCommand command);
}
