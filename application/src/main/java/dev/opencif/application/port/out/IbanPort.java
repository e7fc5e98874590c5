package dev.opencif.application.port.out;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Iban;

/** Derives the IBAN of a new account from its number, for the bank's country (iban4j in production). */
public interface IbanPort {

    Iban ibanFor(AccountNumber number);

    /**
     * True when {@code iban} has this bank's country and bank identifier, i.e. it is one the bank issues itself
     * and a client must not choose it.
     */
    boolean belongsToThisBank(Iban iban);
}
