package dev.opencif.server;

import dev.opencif.application.port.out.IbanPort;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.error.ValidationException;
import java.util.Locale;
import java.util.Objects;
import org.iban4j.CountryCode;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.UnsupportedCountryException;
import org.iban4j.bban.BbanEntryType;
import org.iban4j.bban.BbanStructure;
import org.iban4j.bban.BbanStructureEntry;

/**
 * Issues IBANs with iban4j for the bank's country and bank code (and branch code where the country's BBAN has one):
 * the account number, left-padded with zeros, fills the BBAN's account field; iban4j checks the country's
 * format and computes the check digits. See ADR 007.
 */
public final class Iban4jIbanPort implements IbanPort {
    private final CountryCode country;
    private final String bankCode;
    private final String branchCode;
    private final int accountLength;

    public Iban4jIbanPort(String country, String bankCode, String branchCode) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(bankCode, "bankCode");
        this.country = CountryCode.getByCode(country.strip().toUpperCase(Locale.ROOT));
        if (this.country == null) {
            throw new ConfigException("bank.country " + country + " is not an ISO 3166-1 alpha-2 code");
        }
        BbanStructure structure;
        try {
            structure = BbanStructure.forCountry(this.country);
        } catch (UnsupportedCountryException e) {
            structure = null;
        }
        if (structure == null) {
            throw new ConfigException("bank.country " + country + " has no IBAN format known to iban4j");
        }
        this.bankCode = bankCode.strip();
        this.branchCode = branchCode == null || branchCode.isBlank() ? null : branchCode.strip();
        int length = 0;
        for (BbanStructureEntry entry : structure.getEntries()) {
            if (entry.getEntryType() == BbanEntryType.account_number) {
                length = entry.getLength();
            }
        }
        if (length == 0) {
            throw new ConfigException("the IBAN format of " + country + " has no account-number field");
        }
        this.accountLength = length;
        try {
            build("1");
        } catch (IbanFormatException | IllegalArgumentException | UnsupportedCountryException e) {
            throw new ConfigException("bank.code " + bankCode + (this.branchCode == null ? "" : " / bank.branch " + this.branchCode)
                    + " does not fit the IBAN format of " + country + ": " + e.getMessage(), e);
        }
    }

    /** The most digits an account number may have to fit this country's BBAN. */
    public int accountLength() {
        return accountLength;
    }

    @Override
    public Iban ibanFor(AccountNumber number) {
        Objects.requireNonNull(number, "number");
        if (number.value().length() > accountLength) {
            throw ValidationException.of("accountNumber", "must have at most " + accountLength + " digits to form an IBAN in " + country);
        }
        return new Iban(build(number.value()).toString());
    }

    /** Its country is the bank's and, read by the country's BBAN format, its bank code is the bank's. */
    @Override
    public boolean belongsToThisBank(Iban iban) {
        Objects.requireNonNull(iban, "iban");
        String value = iban.value();
        if (!value.startsWith(country.getAlpha2()) || value.length() != IbanUtil.getIbanLength(country)) {
            return false;
        }
        return bankCode.equalsIgnoreCase(IbanUtil.getBankCode(value));
    }

    private org.iban4j.Iban build(String accountNumber) {
        org.iban4j.Iban.Builder builder = new org.iban4j.Iban.Builder()
                .countryCode(country)
                .bankCode(bankCode)
                .accountNumber("0".repeat(accountLength - accountNumber.length()) + accountNumber);
        if (branchCode != null) {
            builder.branchCode(branchCode);
        }
        return builder.build();
    }
}
