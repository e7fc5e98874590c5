package dev.opencif.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.opencif.domain.error.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "1500.00", "-3.5", "1e100", "1e-100", "1.5e3"})
    void accepts_ordinary_and_boundary_numbers(String text) {
        assertThat(Decimals.parse("amount", text)).isEqualByComparingTo(new BigDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e8000000", "-1e-999999999", "1e101", "1e-101"})
    void refuses_a_huge_exponent_quickly_naming_the_field(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> Decimals.parse("amount", text)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("amount");
                            assertThat(f.message()).isEqualTo(Decimals.TOO_LARGE);
                        })));
    }

    @Test
    void refuses_more_than_100_digits_and_overlong_text() {
        assertThat(Decimals.isBounded(new BigDecimal("9".repeat(100)))).isTrue();
        assertThat(Decimals.isBounded(new BigDecimal("9".repeat(101)))).isFalse();
        assertThatThrownBy(() -> Decimals.parse("amount", "1".repeat(5000))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 100 digits");
        assertThatThrownBy(() -> Decimals.parse("amount", "12,5")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("must be a decimal number");
        assertThat(Decimals.bounded("amount", null)).isNull();
    }
}
