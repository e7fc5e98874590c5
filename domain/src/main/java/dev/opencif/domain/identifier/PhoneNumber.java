package dev.opencif.domain.identifier;

import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.CountryCode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A phone number normalised to E.164 ({@code +} and 8 to 15 digits, no leading zero). Unique among the bank's own
 * customers and among each counterparty's customers ({@link Uniqueness#PER_COUNTERPARTY}).
 * {@link #parse} accepts the national forms integrators send (a leading trunk zero, or none, as in
 * {@code 5599999933}) for the countries OpenCIF serves; adapters with a richer parser may normalise first.
 */
public record PhoneNumber(String value) implements Identifier {
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Map<String, String> CALLING_CODES = Map.ofEntries(
            Map.entry("VN", "84"), Map.entry("TR", "90"), Map.entry("UA", "380"), Map.entry("LT", "370"),
            Map.entry("AZ", "994"), Map.entry("RO", "40"), Map.entry("DE", "49"), Map.entry("GB", "44"),
            Map.entry("US", "1"), Map.entry("FR", "33"), Map.entry("PL", "48"), Map.entry("NL", "31"));

    public PhoneNumber {
        Checks.matches(value, E164, "phone", "an E.164 number such as +84912345678");
    }

    /**
     * Parses {@code +…}, {@code 00…} or a national number of {@code defaultRegion}; spaces, dashes, dots and
     * parentheses are ignored.
     */
    public static PhoneNumber parse(String raw, CountryCode defaultRegion) {
        String cleaned = Checks.required(raw, "phone").replaceAll("[\\s\\-().]", "");
        if (cleaned.startsWith("+")) {
            return new PhoneNumber(cleaned);
        }
        if (cleaned.startsWith("00")) {
            return new PhoneNumber("+" + cleaned.substring(2));
        }
        if (defaultRegion == null || !CALLING_CODES.containsKey(defaultRegion.value())) {
            throw ValidationException.of("phone", "must start with + and the country calling code");
        }
        String national = cleaned.startsWith("0") ? cleaned.substring(1) : cleaned;
        return new PhoneNumber("+" + CALLING_CODES.get(defaultRegion.value()) + national);
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
