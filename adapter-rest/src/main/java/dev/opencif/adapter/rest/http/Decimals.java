package dev.opencif.adapter.rest.http;

import dev.opencif.domain.error.ValidationException;
import java.math.BigDecimal;

/**
 * Bounds decimal numbers from requests before anything expands them: {@code 1e999999999} is eleven characters but
 * its plain form (or a rescaled copy) has a billion digits. A number must have at most {@value #MAX_DIGITS} digits
 * and an exponent (scale) between -{@value #MAX_DIGITS} and {@value #MAX_DIGITS}.
 */
public final class Decimals {
    public static final int MAX_DIGITS = 100;
    public static final String TOO_LARGE = "must be a number of at most " + MAX_DIGITS + " digits with at most "
            + MAX_DIGITS + " digits before and after the decimal point";
    /** More bits than 100 decimal digits need: the cheap check before {@link BigDecimal#precision()}. */
    private static final int MAX_BITS = 333;
    /** Longer text cannot be a bounded number (sign, digits, point, exponent). */
    private static final int MAX_TEXT = 2 * MAX_DIGITS + 10;

    private Decimals() {
    }

    /** Whether {@code value} is within the bounds; cheap for any value. */
    public static boolean isBounded(BigDecimal value) {
        return value.scale() >= -MAX_DIGITS && value.scale() <= MAX_DIGITS
                && value.unscaledValue().bitLength() <= MAX_BITS && value.precision() <= MAX_DIGITS;
    }

    /** {@code value} itself (null stays null), or a validation failure naming {@code field}. */
    public static BigDecimal bounded(String field, BigDecimal value) {
        if (value != null && !isBounded(value)) {
            throw ValidationException.of(field, TOO_LARGE);
        }
        return value;
    }

    /** Parses a decimal number sent as text ({@code 1500.00}, {@code 1.5e3}) within the bounds. */
    public static BigDecimal parse(String field, String text) {
        return parse(field, text, "must be a decimal number");
    }

    /** As {@link #parse(String, String)}, with the dialect's own message for text that is not a number. */
    public static BigDecimal parse(String field, String text, String notANumber) {
        String value = text.strip();
        if (value.length() > MAX_TEXT) {
            throw ValidationException.of(field, TOO_LARGE);
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, notANumber);
        }
        return bounded(field, parsed);
    }
}
