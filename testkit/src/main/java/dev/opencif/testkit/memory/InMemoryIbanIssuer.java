package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.IbanPort;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.CountryCode;
import java.util.Objects;

/**
 * Derives IBANs the way a bank with a fixed bank code does: BBAN = bank code followed by the account number
 * zero-padded to {@value #ACCOUNT_DIGITS} digits (Lithuania: {@code LT} + check digits + {@code 60080} + 11 digits).
 */
public final class InMemoryIbanIssuer implements IbanPort {
    public static final int ACCOUNT_DIGITS = 11;

    private final CountryCode country;
    private final String bankCode;

    public InMemoryIbanIssuer(CountryCode country, String bankCode) {
        this.country = Objects.requireNonNull(country, "country");
        this.bankCode = Objects.requireNonNull(bankCode, "bankCode");
        if (!bankCode.matches("[0-9A-Z]{1,10}")) {
            throw ValidationException.of("bankCode", "must be 1 to 10 digits or capital letters");
        }
    }

    public CountryCode country() {
        return country;
    }

    @Override
    public Iban ibanFor(AccountNumber number) {
        Objects.requireNonNull(number, "number");
        if (number.value().length() > ACCOUNT_DIGITS) {
            throw ValidationException.of("accountNumber", "must have at most " + ACCOUNT_DIGITS + " digits to form an IBAN");
        }
        String padded = "0".repeat(ACCOUNT_DIGITS - number.value().length()) + number.value();
        return Iban.of(country, bankCode + padded);
    }

    /** Its country and a BBAN starting with the bank code: the form of every IBAN {@link #ibanFor} issues. */
    @Override
    public boolean belongsToThisBank(Iban iban) {
        Objects.requireNonNull(iban, "iban");
        return iban.country().equals(country) && iban.value().startsWith(bankCode, 4);
    }
}
