package dev.opencif.domain.shared;

import dev.opencif.domain.error.ValidationException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Country names and codes as integrators send them, to ISO 3166 alpha-2: alpha-2 and alpha-3 codes, and the names
 * in English, in the languages of OpenCIF's dialects (Turkish, Vietnamese, Romanian, Ukrainian) and in the official
 * languages of the countries around them, as the JDK's locale data spells them. Case, accents and the Turkish dotted and dotless i are
 * ignored, so {@code Romania}, {@code România}, {@code ROU}, {@code Türkiye} and {@code TÜRKİYE} all resolve.
 */
public final class CountryNames {
    /** Combining marks, as left by NFD decomposition (declared before {@link #NAMES}, whose building uses it). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /**
     * The languages whose country names are understood: English, the dialects' (Turkish, Vietnamese, Romanian,
     * Ukrainian) and the official languages of the countries around them. Reading every locale the JDK has instead
     * costs over a second on first use.
     */
    private static final List<Locale> LANGUAGES = List.of("en", "tr", "vi", "ro", "uk", "de", "fr", "es", "it", "pt", "nl",
            "pl", "ru", "hu", "bg", "cs", "sk", "el", "sv", "da", "fi", "lt", "lv", "et", "az", "ka", "sr", "hr", "sl", "ar")
            .stream().map(Locale::forLanguageTag).toList();
    private static final Map<String, String> NAMES = names();

    private CountryNames() {
    }

    /** The country {@code nameOrCode} names, or a validation failure on {@code field} that says what is understood. */
    public static CountryCode parse(String nameOrCode, String field) {
        Checks.required(nameOrCode, field);
        return find(nameOrCode).orElseThrow(() -> ValidationException.of(field,
                "must be a country: an ISO 3166 code such as RO or ROU, or a name such as Romania"));
    }

    public static Optional<CountryCode> find(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(NAMES.get(fold(nameOrCode))).map(CountryCode::new);
    }

    /** Upper case without diacritics, Turkish dotted and dotless i folded to I, blanks collapsed. */
    public static String fold(String value) {
        String upper = value.strip().replace('ı', 'i').replace('İ', 'I').toUpperCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(upper, Normalizer.Form.NFD)).replaceAll("").replaceAll("\\s+", " ");
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            names.put(iso, iso);
        }
        for (String iso : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(iso).build();
            try {
                names.putIfAbsent(country.getISO3Country(), iso);
            } catch (java.util.MissingResourceException e) {
                // a country without an alpha-3 code in this JDK: its other names still resolve
            }
        }
        for (Locale language : LANGUAGES) {
            for (String iso : Locale.getISOCountries()) {
                names.putIfAbsent(fold(new Locale.Builder().setRegion(iso).build().getDisplayCountry(language)), iso);
            }
        }
        // the official short names newer locale data uses, for JDKs whose data still has the older ones
        names.putIfAbsent("TURKIYE", "TR");
        names.putIfAbsent("TURKIYE CUMHURIYETI", "TR");
        names.putIfAbsent("TURKEY", "TR");
        return Map.copyOf(names);
    }
}
