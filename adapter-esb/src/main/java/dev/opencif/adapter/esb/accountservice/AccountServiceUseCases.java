package dev.opencif.adapter.esb.accountservice;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyUseCase;
import dev.opencif.application.port.in.account.HoldNiceNumberUseCase;
import dev.opencif.application.port.in.account.ListAccountsUseCase;
import dev.opencif.application.port.in.account.OpenAccountUseCase;
import dev.opencif.application.port.in.account.OpenNiceAccountUseCase;
import dev.opencif.application.port.in.account.ReleaseNiceNumberHoldUseCase;
import dev.opencif.application.port.in.account.SearchNiceNumbersUseCase;
import dev.opencif.application.port.in.agreement.UpdateConsentUseCase;
import dev.opencif.application.port.in.banking.CloseBankingUserUseCase;
import dev.opencif.application.port.in.banking.GetBankingUserUseCase;
import dev.opencif.application.port.in.banking.OpenEkycAccountComboUseCase;
import dev.opencif.application.port.in.banking.UpdateBankingUserStatusUseCase;
import dev.opencif.application.port.in.customer.BlacklistCustomerUseCase;
import dev.opencif.application.port.in.customer.CheckEkycStatusUseCase;
import dev.opencif.application.port.in.customer.CheckIdentifierAvailabilityUseCase;
import dev.opencif.application.port.in.customer.GetCustomerUseCase;
import dev.opencif.application.port.in.customer.LiftBlacklistUseCase;
import dev.opencif.application.port.in.customer.UpdateEkycLimitUseCase;
import dev.opencif.application.port.in.system.AuthenticateClientUseCase;
import java.util.Objects;

/**
 * The use cases the ESB accountService dialect calls: its eighteen operations and client authentication. The handler
 * depends on exactly these; {@link #from} takes them from the facade for hosts that build it.
 */
public record AccountServiceUseCases(
        AuthenticateClientUseCase authenticateClient,
        ListAccountsUseCase listAccounts,
        OpenAccountUseCase openAccount,
        HoldNiceNumberUseCase holdNiceNumber,
        ReleaseNiceNumberHoldUseCase releaseNiceNumberHold,
        SearchNiceNumbersUseCase searchNiceNumbers,
        OpenNiceAccountUseCase openNiceAccount,
        GetCustomerUseCase getCustomer,
        UpdateEkycLimitUseCase updateEkycLimit,
        BlacklistCustomerUseCase blacklistCustomer,
        LiftBlacklistUseCase liftBlacklist,
        UpdateConsentUseCase updateConsent,
        CheckEkycStatusUseCase checkEkycStatus,
        CheckIdentifierAvailabilityUseCase checkIdentifierAvailability,
        OpenEkycAccountComboUseCase openEkycAccountCombo,
        CloseBankingUserUseCase closeBankingUser,
        UpdateBankingUserStatusUseCase updateBankingUserStatus,
        GetBankingUserUseCase getBankingUser,
        ExecuteIdempotentlyUseCase executeIdempotently) {

    public AccountServiceUseCases {
        Objects.requireNonNull(authenticateClient, "authenticateClient");
        Objects.requireNonNull(listAccounts, "listAccounts");
        Objects.requireNonNull(openAccount, "openAccount");
        Objects.requireNonNull(holdNiceNumber, "holdNiceNumber");
        Objects.requireNonNull(releaseNiceNumberHold, "releaseNiceNumberHold");
        Objects.requireNonNull(searchNiceNumbers, "searchNiceNumbers");
        Objects.requireNonNull(openNiceAccount, "openNiceAccount");
        Objects.requireNonNull(getCustomer, "getCustomer");
        Objects.requireNonNull(updateEkycLimit, "updateEkycLimit");
        Objects.requireNonNull(blacklistCustomer, "blacklistCustomer");
        Objects.requireNonNull(liftBlacklist, "liftBlacklist");
        Objects.requireNonNull(updateConsent, "updateConsent");
        Objects.requireNonNull(checkEkycStatus, "checkEkycStatus");
        Objects.requireNonNull(checkIdentifierAvailability, "checkIdentifierAvailability");
        Objects.requireNonNull(openEkycAccountCombo, "openEkycAccountCombo");
        Objects.requireNonNull(closeBankingUser, "closeBankingUser");
        Objects.requireNonNull(updateBankingUserStatus, "updateBankingUserStatus");
        Objects.requireNonNull(getBankingUser, "getBankingUser");
        Objects.requireNonNull(executeIdempotently, "executeIdempotently");
    }

    /** The use cases of {@code opencif}. */
    public static AccountServiceUseCases from(OpenCif opencif) {
        return new AccountServiceUseCases(
                opencif.authenticateClient(), opencif.listAccounts(), opencif.openAccount(),
                opencif.holdNiceNumber(), opencif.releaseNiceNumberHold(), opencif.searchNiceNumbers(),
                opencif.openNiceAccount(), opencif.getCustomer(), opencif.updateEkycLimit(),
                opencif.blacklistCustomer(), opencif.liftBlacklist(), opencif.updateConsent(),
                opencif.checkEkycStatus(), opencif.checkIdentifierAvailability(), opencif.openEkycAccountCombo(),
                opencif.closeBankingUser(), opencif.updateBankingUserStatus(), opencif.getBankingUser(),
                opencif.executeIdempotently());
    }
}
