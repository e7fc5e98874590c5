package dev.opencif.domain.shared;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.kyc.KycMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksTest {

    @ParameterizedTest
    @CsvSource({
            "EKYC,          EKYC",
            "ekyc,          EKYC",
            "in-branch,     IN_BRANCH",
            "'in branch',   IN_BRANCH",
            "' Video_Call ', VIDEO_CALL"
    })
    void enum_value_accepts_names_in_any_case_with_dashes_or_spaces(String raw, KycMethod expected) {
        assertThat(Checks.enumValue(KycMethod.class, raw, "kyc.method")).isEqualTo(expected);
    }

    @Test
    void enum_value_rejects_unknown_names_listing_the_allowed_ones() {
        ValidationException e = assertValidationFails(() -> Checks.enumValue(KycMethod.class, "postal", "kyc.method"), "kyc.method");
        assertThat(e.errors().get(0).message()).isEqualTo("must be one of [NONE, EKYC, IN_BRANCH, VIDEO_CALL]");
    }

    @Test
    void enum_value_requires_a_value() {
        ValidationException e = assertValidationFails(() -> Checks.enumValue(KycMethod.class, null, "kyc.method"), "kyc.method");
        assertThat(e.errors().get(0).message()).isEqualTo("is required");
    }

    @Test
    void required_returns_the_value_or_names_the_field() {
        assertThat(Checks.required("x", "f")).isEqualTo("x");
        assertValidationFails(() -> Checks.required(null, "customer.name"), "customer.name");
    }

    @Test
    void text_trims_and_rejects_blank_or_too_long() {
        assertThat(Checks.text("  abc ", "f", 3)).isEqualTo("abc");
        assertValidationFails(() -> Checks.text("   ", "f", 3), "f");
        assertValidationFails(() -> Checks.text("abcd", "f", 3), "f");
        assertValidationFails(() -> Checks.text(null, "f", 3), "f");
    }

    @Test
    void optional_text_turns_blank_into_null_but_still_limits_length() {
        assertThat(Checks.optionalText(null, "f", 3)).isNull();
        assertThat(Checks.optionalText("  ", "f", 3)).isNull();
        assertThat(Checks.optionalText(" ab ", "f", 3)).isEqualTo("ab");
        assertValidationFails(() -> Checks.optionalText("abcd", "f", 3), "f");
    }

    @Test
    void matches_names_the_expectation() {
        Pattern digits = Pattern.compile("\\d+");

        assertThat(Checks.matches("123", digits, "f", "digits")).isEqualTo("123");
        ValidationException e = assertValidationFails(() -> Checks.matches("12a", digits, "f", "digits"), "f");
        assertThat(e.errors().get(0).message()).isEqualTo("must be digits");
    }

    @Test
    void supported_date_accepts_null_and_the_years_1_to_9999() {
        assertThat(Checks.supportedDate(null, "f")).isNull();
        assertThat(Checks.supportedDate(LocalDate.of(1, 1, 1), "f")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(Checks.supportedDate(LocalDate.of(9999, 12, 31), "f")).isEqualTo(LocalDate.of(9999, 12, 31));
        ValidationException e = assertValidationFails(() -> Checks.supportedDate(LocalDate.of(0, 12, 31), "f"), "f");
        assertThat(e.errors().get(0).message()).isEqualTo("must be between 0001-01-01 and 9999-12-31");
        assertValidationFails(() -> Checks.supportedDate(LocalDate.of(10000, 1, 1), "f"), "f");
        assertValidationFails(() -> Checks.supportedDate(LocalDate.MAX, "f"), "f");
        assertValidationFails(() -> Checks.supportedDate(LocalDate.MIN, "f"), "f");
    }

    @Test
    void supported_instant_accepts_null_and_the_years_1_to_9999() {
        Instant first = Instant.parse("0001-01-01T00:00:00Z");
        Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");

        assertThat(Checks.supportedInstant(null, "f")).isNull();
        assertThat(Checks.supportedInstant(first, "f")).isEqualTo(first);
        assertThat(Checks.supportedInstant(last, "f")).isEqualTo(last);
        assertValidationFails(() -> Checks.supportedInstant(first.minusNanos(1), "f"), "f");
        assertValidationFails(() -> Checks.supportedInstant(last.plusNanos(1), "f"), "f");
        assertValidationFails(() -> Checks.supportedInstant(Instant.MAX, "f"), "f");
        assertValidationFails(() -> Checks.supportedInstant(Instant.MIN, "f"), "f");
    }

    @Test
    void amount_bounds_integer_digits_and_exponent_without_rescaling() {
        assertThat(Checks.amount(null, "f")).isNull();
        assertThat(Checks.amount(new BigDecimal("9".repeat(30) + ".5"), "f")).isEqualByComparingTo("9".repeat(30) + ".5");
        assertThat(Checks.amount(new BigDecimal("0E+30"), "f")).isZero();
        ValidationException digits = assertValidationFails(() -> Checks.amount(new BigDecimal("1" + "0".repeat(30)), "f"), "f");
        assertThat(digits.errors().get(0).message()).isEqualTo("must have at most 30 integer digits");
        ValidationException exponent = assertValidationFails(() -> Checks.amount(new BigDecimal("1e8000000"), "f"), "f");
        assertThat(exponent.errors().get(0).message()).isEqualTo("must have an exponent between -30 and 30");
        assertValidationFails(() -> Checks.amount(new BigDecimal("1e-31"), "f"), "f");
    }

    @Test
    void that_fails_only_when_the_condition_is_false() {
        Checks.that(true, "f", "never");
        ValidationException e = assertValidationFails(() -> Checks.that(false, "f", "broke"), "f");
        assertThat(e.errors().get(0).message()).isEqualTo("broke");
    }
}
