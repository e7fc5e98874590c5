package dev.opencif.application.port.in.customer;

import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.customer.CustomerState;
import java.util.List;

/** The customer, its accounts and its banking users after a blacklisting change. */
public record BlacklistResult(
        CustomerState customer,
        List<AccountState> accounts,
        List<BankingUserState> bankingUsers) {
}
