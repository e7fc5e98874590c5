package dev.opencif.domain.identifier;

import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.CountryCode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A national identity number: Vietnamese CCCD (12 digits) or CMND (9 digits), Turkish TCKN (11 digits,
 * checksum verified), Romanian CNP (13 digits, birth date and check digit verified), another country's national id
 * or a passport-like document with its issuing country. Unique per kind and country.
 */
public record NationalId(NationalIdKind kind, CountryCode country, String value) implements Identifier {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern OTHER_NATIONAL = Pattern.compile("[A-Z0-9]{4,20}");
    private static final int[] CNP_WEIGHTS = {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9};

    public NationalId {
        Checks.required(kind, "nationalId.kind");
        Checks.required(value, "nationalId.value");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (kind.fixedCountry() != null) {
            if (country != null && !country.equals(kind.fixedCountry())) {
                throw ValidationException.of("nationalId.country", kind + " is issued by " + kind.fixedCountry() + ", not " + country);
            }
            country = kind.fixedCountry();
        } else {
            Checks.required(country, "nationalId.country");
        }
        switch (kind) {
            case VN_CCCD -> requireDigits(value, 12, "a Vietnamese CCCD has 12 digits");
            case VN_CMND -> requireDigits(value, 9, "a Vietnamese CMND has 9 digits");
            case TR_TCKN -> {
                requireDigits(value, 11, "a Turkish TCKN has 11 digits");
                if (!isValidTckn(value)) {
                    throw ValidationException.of("nationalId.value", "is not a valid TCKN (check digits do not match)");
                }
            }
            case RO_CNP -> {
                requireDigits(value, 13, "a Romanian CNP has 13 digits");
                if (!isValidCnp(value)) {
                    throw ValidationException.of("nationalId.value", "is not a valid CNP (sex digit, birth date or check digit do not match)");
                }
            }
            case NATIONAL -> Checks.matches(value, OTHER_NATIONAL, "nationalId.value", "4 to 20 letters or digits");
            case PASSPORT -> Checks.matches(value, PASSPORT, "nationalId.value", "5 to 20 letters or digits");
        }
    }

    /** A Vietnamese id: 12 digits is a CCCD, 9 digits a CMND. */
    public static NationalId vietnamese(String value) {
        String v = Checks.required(value, "nationalId.value").strip();
        return new NationalId(v.length() == 9 ? NationalIdKind.VN_CMND : NationalIdKind.VN_CCCD, CountryCode.VN, v);
    }

    public static NationalId turkish(String tckn) {
        return new NationalId(NationalIdKind.TR_TCKN, CountryCode.TR, tckn);
    }

    public static NationalId romanian(String cnp) {
        return new NationalId(NationalIdKind.RO_CNP, CountryCode.of("RO"), cnp);
    }

    /** The national id of {@code country}: the kind OpenCIF validates for it (TR, VN, RO), else {@link NationalIdKind#NATIONAL}. */
    public static NationalId of(CountryCode country, String number) {
        Checks.required(country, "nationalId.country");
        String v = Checks.required(number, "nationalId.value").strip();
        return switch (country.value()) {
            case "TR" -> turkish(v);
            case "VN" -> vietnamese(v);
            case "RO" -> romanian(v);
            default -> new NationalId(NationalIdKind.NATIONAL, country, v);
        };
    }

    public static NationalId passport(CountryCode issuer, String number) {
        return new NationalId(NationalIdKind.PASSPORT, issuer, number);
    }

    @Override
    public IdentifierType type() {
        return IdentifierType.NATIONAL_ID;
    }

    @Override
    public String uniqueKey() {
        return kind + ":" + country + ":" + value;
    }

    /** The TCKN rule: no leading zero; 10th digit and 11th digit are check digits. */
    static boolean isValidTckn(String v) {
        if (v.length() != 11 || v.charAt(0) == '0') {
            return false;
        }
        int[] d = new int[11];
        for (int i = 0; i < 11; i++) {
            d[i] = v.charAt(i) - '0';
        }
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        int tenth = Math.floorMod(odd * 7 - even, 10);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += d[i];
        }
        return d[9] == tenth && d[10] == sum % 10;
    }

    /**
     * The CNP rule: first digit 1-9 (sex and century), then a real birth date YYMMDD (century from the first digit;
     * 7-9 are residents, any century), county and serial, and a check digit: the weighted sum of the first 12 digits
     * with 279146358279 modulo 11, where 10 counts as 1.
     */
    static boolean isValidCnp(String v) {
        if (v.length() != 13 || v.charAt(0) == '0') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (v.charAt(i) - '0') * CNP_WEIGHTS[i];
        }
        int check = sum % 11 == 10 ? 1 : sum % 11;
        if (check != v.charAt(12) - '0') {
            return false;
        }
        int yy = Integer.parseInt(v.substring(1, 3));
        int month = Integer.parseInt(v.substring(3, 5));
        int day = Integer.parseInt(v.substring(5, 7));
        return switch (v.charAt(0)) {
            case '1', '2' -> isDate(1900 + yy, month, day);
            case '3', '4' -> isDate(1800 + yy, month, day);
            case '5', '6' -> isDate(2000 + yy, month, day);
            default -> isDate(1900 + yy, month, day) || isDate(2000 + yy, month, day);
        };
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            java.time.LocalDate.of(year, month, day);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static void requireDigits(String value, int length, String message) {
        if (value.length() != length || !DIGITS.matcher(value).matches()) {
            throw ValidationException.of("nationalId.value", message);
        }
    }

    @Override
    public String toString() {
        return kind + ":" + country + ":" + mask(value);
    }

    static String mask(String value) {
        return value.length() <= 4 ? "****" : "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
    }
}
