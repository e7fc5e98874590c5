package dev.opencif.domain.account;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"LT601010012345678901", "GB82WEST12345698765432", "DE89370400440532013000", "LT966008050860332937"})
    void accepts_valid_ibans(String value) {
        Iban iban = new Iban(value);

        assertThat(iban.value()).isEqualTo(value);
        assertThat(iban).hasToString(value);
    }

    @Test
    void removes_spaces_and_upper_cases() {
        assertThat(new Iban("gb82 west 1234 5698 7654 32").value()).isEqualTo("GB82WEST12345698765432");
    }

    @Test
    void reports_its_country() {
        assertThat(new Iban("LT601010012345678901").country()).isEqualTo(CountryCode.of("LT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LT611010012345678901", "GB83WEST12345698765432", "GB82WEST12345698765433", "DE89370400440532013001"})
    void rejects_wrong_check_digits(String value) {
        ValidationException e = assertValidationFails(() -> new Iban(value), "iban");
        assertThat(e.errors().get(0).message()).isEqualTo("has wrong check digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LT60", "LT6010100123", "6010LT0012345678901", "LTX01010012345678901", "LT60101001234567890_",
            "LT601010012345678901234567890123456"})
    void rejects_malformed_ibans(String value) {
        assertValidationFails(() -> new Iban(value), "iban");
    }

    @Test
    void rejects_an_unknown_country_prefix_as_an_iban_error() {
        assertValidationFails(() -> new Iban("XX601010012345678901"), "iban");
    }

    @Test
    void rejects_missing_iban() {
        assertValidationFails(() -> new Iban(null), "iban");
    }

    @ParameterizedTest
    @CsvSource({"LT, 1010012345678901, LT601010012345678901", "GB, WEST12345698765432, GB82WEST12345698765432",
            "DE, 370400440532013000, DE89370400440532013000", "LT, 6008 0508 6033 2937, LT966008050860332937"})
    void of_computes_the_check_digits(String country, String bban, String expected) {
        assertThat(Iban.of(CountryCode.of(country), bban).value()).isEqualTo(expected);
    }

    @Test
    void of_pads_single_digit_check_digits() {
        for (int i = 0; i < 300; i++) {
            Iban iban = Iban.of(CountryCode.of("LT"), String.format("%016d", i));

            assertThat(iban.value()).hasSize(20).startsWith("LT");
        }
    }

    @Test
    void of_requires_country_and_bban() {
        assertValidationFails(() -> Iban.of(null, "1010012345678901"), "country");
        assertValidationFails(() -> Iban.of(CountryCode.of("LT"), null), "bban");
    }
}
