package dev.opencif.domain.shared;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @Test
    void of_upper_cases_and_strips() {
        assertThat(CountryCode.of(" vn ")).isEqualTo(CountryCode.VN);
        assertThat(CountryCode.of("tr")).isEqualTo(CountryCode.TR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LT", "GB", "UA", "DE", "AZ", "US"})
    void accepts_iso_countries(String code) {
        assertThat(new CountryCode(code)).hasToString(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "XX", "QQ", "UK"})
    void rejects_two_letter_codes_that_are_not_iso_countries(String code) {
        assertValidationFails(() -> CountryCode.of(code), "country");
    }

    @ParameterizedTest
    @ValueSource(strings = {"VNM", "V", "", "V1", "vn"})
    void rejects_malformed_codes(String code) {
        assertValidationFails(() -> new CountryCode(code), "country");
    }

    @Test
    void rejects_missing_code() {
        assertValidationFails(() -> CountryCode.of(null), "country");
    }
}
