package dev.opencif.domain.shared;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryNamesTest {

    @ParameterizedTest
    @CsvSource({"RO, RO", "rou, RO", "Romania, RO", "România, RO", "ROMANIA , RO", "Türkiye, TR", "TÜRKİYE, TR",
            "Turkey, TR", "Việt Nam, VN", "Vietnam, VN", "Україна, UA", "Deutschland, DE", "Germany, DE", "Azerbaijan, AZ"})
    void reads_iso_codes_and_english_and_local_names_ignoring_case_and_accents(String sent, String iso) {
        assertThat(CountryNames.parse(sent, "country")).isEqualTo(CountryCode.of(iso));
    }

    @Test
    void names_the_field_for_anything_that_is_not_a_country() {
        assertValidationFails(() -> CountryNames.parse("Atlantis", "address.country"), "address.country");
        assertValidationFails(() -> CountryNames.parse("XX", "country"), "country");
        assertThat(CountryNames.find(" ")).isEmpty();
    }
}
