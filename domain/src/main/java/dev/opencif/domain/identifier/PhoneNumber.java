package dev.opencif.domain.identifier;

import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.CountryCode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A phone number: normalised to E.164 ({@code +} and 8 to 15 digits, no leading zero) wherever the dialect can tell the
 * country, else kept {@linkplain #asSent as sent} (3 to 32 digits, as the counterparty seed's
 * {@code 1124988888888888888888}). Unique among the bank's own customers and among each counterparty's customers
 * ({@link Uniqueness#PER_COUNTERPARTY}). {@link #parse} accepts the national forms integrators send (a leading trunk
 * zero, or none, as in {@code 5599999933}) for the countries OpenCIF serves; adapters with a richer parser may
 * normalise first.
 */
public record PhoneNumber(String value) implements Identifier {
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern DIGITS = Pattern.compile("\\d{3,32}");
    private static final Pattern E164_OR_DIGITS = Pattern.compile(E164.pattern() + "|" + DIGITS.pattern());
    private static final Map<String, String> CALLING_CODES = Map.ofEntries(
            Map.entry("VN", "84"), Map.entry("TR", "90"), Map.entry("UA", "380"), Map.entry("LT", "370"),
            Map.entry("AZ", "994"), Map.entry("RO", "40"), Map.entry("DE", "49"), Map.entry("GB", "44"),
            Map.entry("US", "1"), Map.entry("FR", "33"), Map.entry("PL", "48"), Map.entry("NL", "31"));

    public PhoneNumber {
        Checks.matches(value, E164_OR_DIGITS, "phone", "an E.164 number such as +84912345678, or 3 to 32 digits");
    }

    /** A number that must already be in E.164 form ({@code +} and the country calling code). */
    public static PhoneNumber e164(String value) {
        Checks.matches(value, E164, "phone", "an E.164 number such as +84912345678");
        return new PhoneNumber(value);
    }

    /**
     * A number whose country cannot be told, kept as its digits (spaces, dashes, dots and parentheses dropped): for
     * dialects whose seeds send numbers without {@code +} and name no region.
     */
    public static PhoneNumber asSent(String raw) {
        String cleaned = Checks.required(raw, "phone").replaceAll("[\\s\\-().]", "");
        Checks.matches(cleaned, DIGITS, "phone", "3 to 32 digits, or + and the country calling code");
        return new PhoneNumber(cleaned);
    }

    /** Whether the number is in E.164 form, so its country is known. */
    public boolean international() {
        return value.startsWith("+");
    }

    /**
     * Parses {@code +…}, {@code 00…} or a national number of {@code defaultRegion}; spaces, dashes, dots and
     * parentheses are ignored.
     */
    public static PhoneNumber parse(String raw, CountryCode defaultRegion) {
        String cleaned = Checks.required(raw, "phone").replaceAll("[\\s\\-().]", "");
        if (cleaned.startsWith("+")) {
            return e164(cleaned);
        }
        if (cleaned.startsWith("00")) {
            return e164("+" + cleaned.substring(2));
        }
        if (defaultRegion == null || !CALLING_CODES.containsKey(defaultRegion.value())) {
            throw ValidationException.of("phone", "must start with + and the country calling code");
        }
        String national = cleaned.startsWith("0") ? cleaned.substring(1) : cleaned;
        String e164 = "+" + CALLING_CODES.get(defaultRegion.value()) + national;
        Checks.matches(e164, E164, "phone", "a national number of " + defaultRegion.value() + " or + and the country calling code");
        return new PhoneNumber(e164);
    }

    @Override
    public IdentifierType type() {
        return IdentifierType.PHONE;
    }

    @Override
    public String toString() {
        return NationalId.mask(value);
    }
}
