package dev.opencif.domain.account;

import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.CountryCode;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An IBAN (ISO 13616): country, two check digits and a BBAN of 11 to 30 letters or digits, whose
 * mod-97 check must hold. Spaces are removed and letters upper-cased. Country-specific BBAN formats
 * are checked by the adapter that issues IBANs (iban4j); this type guards the universal rules.
 */
public record Iban(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        Checks.required(value, "iban");
        value = value.replace(" ", "").toUpperCase(Locale.ROOT);
        Checks.matches(value, FORM, "iban", "an IBAN such as LT601010012345678901");
        try {
            CountryCode.of(value.substring(0, 2));
        } catch (ValidationException e) {
            throw ValidationException.of("iban", "starts with " + value.substring(0, 2) + ", which is not an ISO 3166-1 country code");
        }
        if (mod97(value.substring(4) + value.substring(0, 4)) != 1) {
            throw ValidationException.of("iban", "has wrong check digits");
        }
    }

    /** Builds a valid IBAN from a country and a BBAN by computing the check digits. */
    public static Iban of(CountryCode country, String bban) {
        Checks.required(country, "country");
        Checks.required(bban, "bban");
        String normalised = bban.replace(" ", "").toUpperCase(Locale.ROOT);
        int check = 98 - mod97(normalised + country.value() + "00");
        return new Iban(country.value() + (check < 10 ? "0" : "") + check + normalised);
    }

    public CountryCode country() {
        return new CountryCode(value.substring(0, 2));
    }

    private static int mod97(String rearranged) {
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    @Override
    public String toString() {
        return value;
    }
}
