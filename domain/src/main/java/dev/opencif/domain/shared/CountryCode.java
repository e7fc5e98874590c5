package dev.opencif.domain.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** An ISO 3166-1 alpha-2 country code, upper case; checked against the JDK's list of ISO countries. */
public record CountryCode(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Z]{2}");
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    public static final CountryCode VN = new CountryCode("VN");
    public static final CountryCode TR = new CountryCode("TR");

    public CountryCode {
        Checks.matches(value, FORM, "country", "an ISO 3166-1 alpha-2 code such as VN or TR");
        Checks.that(ISO.contains(value), "country", "is not an ISO 3166-1 country code: " + value);
    }

    public static CountryCode of(String value) {
        return new CountryCode(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
