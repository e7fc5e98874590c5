package dev.opencif.domain.account;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountNumberTest {

    @Test
    void accepts_six_to_twenty_digits_and_strips() {
        assertThat(new AccountNumber(" 123456 ").value()).isEqualTo("123456");
        assertThat(new AccountNumber("12345678901234567890")).hasToString("12345678901234567890");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "123456789012345678901", "12345a", "123 456", ""})
    void rejects_wrong_length_or_non_digits(String value) {
        assertValidationFails(() -> new AccountNumber(value), "accountNumber");
    }

    @Test
    void rejects_missing_number() {
        assertValidationFails(() -> new AccountNumber(null), "accountNumber");
    }

    @Test
    void orders_shorter_numbers_first_then_by_digits() {
        assertThat(new AccountNumber("999999")).isLessThan(new AccountNumber("1000000"));
        assertThat(new AccountNumber("1000001")).isGreaterThan(new AccountNumber("1000000"));
        assertThat(new AccountNumber("0123456").compareTo(new AccountNumber("0123456"))).isZero();
    }
}
