package dev.opencif.application.port.out;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Iban;

/** Derives the IBAN of a new account from its number, for the bank's country (iban4j in production). */
public interface IbanPort {

    Iban ibanFor(AccountNumber number);
}
