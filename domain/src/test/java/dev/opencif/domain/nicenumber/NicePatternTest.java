package dev.opencif.domain.nicenumber;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.nicenumber.NicePattern.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NicePatternTest {

    @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
    @CsvSource({
            "SUFFIX,   6868,       1903126868, true",
            "SUFFIX,   6868,       1903686812, false",
            "PREFIX,   1903,       1903126868, true",
            "PREFIX,   1903,       9190312686, false",
            "CONTAINS, 2024,       1920246868, true",
            "CONTAINS, 2024,       1920426868, false",
            "EXACT,    1903126868, 1903126868, true",
            "EXACT,    190312686,  1903126868, false",
            "REPEATED, 8888,       1988881234, true",
            "REPEATED, 8888,       1988812348, false"
    })
    void matches_according_to_its_kind(Kind kind, String digits, String number, boolean expected) {
        assertThat(new NicePattern(kind, digits).matches(new AccountNumber(number))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a", "123456789012345678901", " 12"})
    void rejects_digits_that_are_not_one_to_twenty_digits(String digits) {
        assertValidationFails(() -> new NicePattern(Kind.SUFFIX, digits), "pattern.digits");
    }

    @Test
    void requires_kind_and_digits() {
        assertValidationFails(() -> new NicePattern(null, "68"), "pattern.kind");
        assertValidationFails(() -> new NicePattern(Kind.PREFIX, null), "pattern.digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8", "8868", "12"})
    void repeated_needs_one_digit_at_least_twice(String digits) {
        assertValidationFails(() -> new NicePattern(Kind.REPEATED, digits), "pattern.digits");
    }

    @Test
    void repeated_accepts_a_run_of_one_digit() {
        assertThat(new NicePattern(Kind.REPEATED, "99").digits()).isEqualTo("99");
    }
}
