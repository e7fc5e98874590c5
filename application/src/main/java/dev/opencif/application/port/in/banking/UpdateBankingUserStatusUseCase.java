package dev.opencif.application.port.in.banking;

import dev.opencif.domain.banking.BankingUserState;

/**
 * Locks or unlocks a banking user, or records a failed/successful login (five failures in a row lock it).
 * <p>Seed operation: ESB {@code update-user-ib-status}.
 */
public interface UpdateBankingUserStatusUseCase {

    BankingUserState update(UpdateBankingUserStatusCommand command);
}
