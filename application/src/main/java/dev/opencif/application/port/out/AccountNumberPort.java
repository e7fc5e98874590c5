package dev.opencif.application.port.out;

import dev.opencif.domain.account.AccountNumber;

/** Issues ordinary (non-chosen) account numbers, never reused; and says how long account numbers are. */
public interface AccountNumberPort {

    AccountNumber nextAccountNumber();

    /** The length of the bank's account numbers, used to generate nice-number candidates. */
    int accountNumberLength();
}
