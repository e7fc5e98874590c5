package dev.opencif.application.port.in.banking;

/**
 * Reads a banking user by CIF and username; NOT_FOUND when they do not belong together.
 * <p>Seed operation: ESB {@code get-user-info-ebank}.
 */
public interface GetBankingUserUseCase {

    BankingUserView get(GetBankingUserQuery query);
}
