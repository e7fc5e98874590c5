package dev.opencif.domain.shared;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.error.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
    private static final AssetCode USD = AssetCode.of("USD");

    @ParameterizedTest
    @CsvSource({"10.005, USD, 2", "1000.5, VND, 0", "0.000000001, BTC, 8", "-0.001, EUR, 2"})
    void rejects_amount_with_more_decimals_than_the_minor_units(String amount, String currency, int minorUnits) {
        ValidationException e = assertValidationFails(() -> Money.of(amount, currency, minorUnits), "amount");
        assertThat(e.getMessage()).contains(minorUnits + " decimal places");
    }

    @Test
    void normalises_the_scale_to_the_minor_units() {
        Money money = Money.of("10", "USD", 2);

        assertThat(money.amount()).isEqualByComparingTo("10").hasScaleOf(2);
        assertThat(money.amount().toPlainString()).isEqualTo("10.00");
    }

    @Test
    void accepts_trailing_zeros_beyond_the_minor_units() {
        assertThat(Money.of("10.5000", "USD", 2).amount().toPlainString()).isEqualTo("10.50");
        assertThat(Money.of("1E+3", "VND", 0).amount().toPlainString()).isEqualTo("1000");
    }

    @Test
    void amounts_differing_only_in_scale_are_equal() {
        assertThat(Money.of("10.5", "USD", 2)).isEqualTo(Money.of("10.50", "USD", 2));
        assertThat(Money.of("10.5", "USD", 2)).hasSameHashCodeAs(Money.of("10.50", "USD", 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 9})
    void rejects_minor_units_outside_zero_to_eight(int minorUnits) {
        assertValidationFails(() -> new Money(BigDecimal.ONE, USD, minorUnits), "minorUnits");
    }

    @Test
    void accepts_thirty_integer_digits_the_numeric_38_8_columns_hold() {
        String max = "9".repeat(30) + ".99999999";

        assertThat(Money.of(max, "BTC", 8).amount().toPlainString()).isEqualTo(max);
        assertThat(Money.of("-" + max, "BTC", 8).amount().toPlainString()).isEqualTo("-" + max);
        assertThat(Money.of("1E+29", "VND", 0).amount().toPlainString()).isEqualTo("1" + "0".repeat(29));
        assertThat(Money.of("0E+30", "USD", 2).isZero()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000000000000000000", "-1000000000000000000000000000000", "1E+30",
            "123456789012345678901234567890123456789012345678901234567890123456789.5"})
    void rejects_more_than_thirty_integer_digits(String amount) {
        ValidationException e = assertValidationFails(() -> Money.of(amount, "USD", 2), "amount");
        assertThat(e.getMessage()).contains("at most 30 integer digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e8000000", "-1e8000000", "0e8000000", "1e-8000000", "0e-8000000", "1E+31", "1E-31"})
    void rejects_exponents_beyond_thirty_without_rescaling(String amount) {
        long started = System.nanoTime();

        ValidationException e = assertValidationFails(() -> Money.of(amount, "BTC", 8), "amount");

        assertThat(e.getMessage()).contains("exponent between -30 and 30");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(1));
    }

    @Test
    void sum_beyond_thirty_integer_digits_is_rejected() {
        Money big = Money.of("9".repeat(30), "VND", 0);

        assertValidationFails(() -> big.plus(Money.of("1", "VND", 0)), "amount");
    }

    @Test
    void rejects_text_that_is_not_a_decimal_number() {
        assertValidationFails(() -> Money.of("ten", "USD", 2), "amount");
        assertValidationFails(() -> Money.of("1,50", "USD", 2), "amount");
    }

    @Test
    void requires_amount_and_currency() {
        assertValidationFails(() -> Money.of(null, "USD", 2), "amount");
        assertValidationFails(() -> new Money(null, USD, 2), "amount");
        assertValidationFails(() -> new Money(BigDecimal.ONE, null, 2), "currency");
        assertValidationFails(() -> Money.of("1", "U$D", 2), "assetCode");
    }

    @Test
    void adds_and_subtracts_in_the_same_currency() {
        Money a = Money.of("10.25", "USD", 2);
        Money b = Money.of("0.75", "USD", 2);

        assertThat(a.plus(b)).isEqualTo(Money.of("11", "USD", 2));
        assertThat(a.minus(b)).isEqualTo(Money.of("9.50", "USD", 2));
        assertThat(b.minus(a)).isEqualTo(Money.of("-9.50", "USD", 2));
    }

    @Test
    void refuses_to_combine_different_currencies() {
        Money usd = Money.of("1", "USD", 2);
        Money eur = Money.of("1", "EUR", 2);

        assertValidationFails(() -> usd.plus(eur), "currency");
        assertValidationFails(() -> usd.minus(eur), "currency");
    }

    @Test
    void refuses_to_combine_the_same_code_at_different_minor_units() {
        assertValidationFails(() -> Money.of("1", "USD", 2).plus(Money.of("1", "USD", 0)), "currency");
    }

    @Test
    void compares_amounts_of_the_same_currency() {
        assertThat(Money.of("1.5", "USD", 2)).isLessThan(Money.of("2", "USD", 2));
        assertThat(Money.of("2.00", "USD", 2).compareTo(Money.of("2", "USD", 2))).isZero();
        assertThat(Money.of("-1", "USD", 2)).isLessThan(Money.zero(USD, 2));
    }

    @Test
    void refuses_to_compare_different_currencies() {
        assertValidationFails(() -> Money.of("1", "USD", 2).compareTo(Money.of("1", "EUR", 2)), "currency");
    }

    @Test
    void reports_its_sign() {
        assertThat(Money.of("-0.01", "USD", 2).isNegative()).isTrue();
        assertThat(Money.zero(USD, 2).isZero()).isTrue();
        assertThat(Money.of("0.01", "USD", 2).isPositive()).isTrue();
        assertThat(Money.of("0.01", "USD", 2).negate()).isEqualTo(Money.of("-0.01", "USD", 2));
    }

    @Test
    void prints_plain_amount_and_currency() {
        assertThat(Money.of("1E+2", "USD", 2)).hasToString("100.00 USD");
    }
}
