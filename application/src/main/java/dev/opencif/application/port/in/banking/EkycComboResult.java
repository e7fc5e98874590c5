package dev.opencif.application.port.in.banking;

import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.customer.CustomerState;

/** The CIF, payment account and banking user issued by the eKYC combo. */
public record EkycComboResult(
        CustomerState customer,
        AccountState account,
        BankingUserState bankingUser) {
}
