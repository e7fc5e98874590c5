package dev.opencif.domain.identifier;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+84912345678", "+905599999933", "+12025550123", "+38050123456789"})
    void accepts_e164_numbers(String value) {
        PhoneNumber phone = new PhoneNumber(value);

        assertThat(phone.value()).isEqualTo(value);
        assertThat(phone.uniqueKey()).isEqualTo(value);
        assertThat(phone.type()).isEqualTo(IdentifierType.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+0912345678", "+8412345", "+8491234567890123", "+84 912 345 678", "+84abc45678", ""})
    void rejects_numbers_that_are_neither_e164_nor_plain_digits(String value) {
        assertValidationFails(() -> new PhoneNumber(value), "phone");
    }

    @Test
    void keeps_a_number_of_unknown_country_as_its_digits() {
        PhoneNumber phone = PhoneNumber.asSent("1124 9888-8888(8888).888888");

        assertThat(phone.value()).isEqualTo("1124988888888888888888");
        assertThat(phone.international()).isFalse();
        assertThat(phone.uniqueKey()).isEqualTo("1124988888888888888888");
        assertThat(new PhoneNumber("+84912345678").international()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "+84912345678", "phone", "111111111111111111111111111111111", ""})
    void keeps_as_sent_only_3_to_32_digits(String raw) {
        assertValidationFails(() -> PhoneNumber.asSent(raw), "phone");
    }

    @Test
    void rejects_missing_number() {
        assertValidationFails(() -> new PhoneNumber(null), "phone");
        assertValidationFails(() -> PhoneNumber.parse(null, CountryCode.VN), "phone");
    }

    @ParameterizedTest
    @CsvSource({
            "'+84912345678',       VN, +84912345678",
            "'+84 91-234.56(78)',  VN, +84912345678",
            "'0084912345678',      TR, +84912345678",
            "'00 90 559 999 9933', VN, +905599999933",
            "'0912345678',         VN, +84912345678",
            "'091 234 5678',       VN, +84912345678",
            "'5599999933',         TR, +905599999933",
            "'05599999933',        TR, +905599999933",
            "'0501234567',         UA, +380501234567"
    })
    void parses_international_and_national_forms(String raw, String region, String expected) {
        assertThat(PhoneNumber.parse(raw, CountryCode.of(region)).value()).isEqualTo(expected);
    }

    @Test
    void parses_international_forms_without_a_default_region() {
        assertThat(PhoneNumber.parse("+84912345678", null).value()).isEqualTo("+84912345678");
        assertThat(PhoneNumber.parse("0084912345678", null).value()).isEqualTo("+84912345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a phone", "+84abc", "12", "0", "++84912345678", "0000912345678"})
    void rejects_garbage(String raw) {
        assertValidationFails(() -> PhoneNumber.parse(raw, CountryCode.VN), "phone");
    }

    @Test
    void rejects_national_number_without_a_default_region() {
        assertValidationFails(() -> PhoneNumber.parse("0912345678", null), "phone");
    }

    @Test
    void rejects_national_number_of_a_region_without_a_known_calling_code() {
        assertValidationFails(() -> PhoneNumber.parse("0312345678", CountryCode.of("JP")), "phone");
    }

    @Test
    void to_string_masks_all_but_the_last_four_digits() {
        assertThat(new PhoneNumber("+84912345678").toString()).isEqualTo("********5678").doesNotContain("912345678");
    }
}
