package dev.opencif.dialect.json;

import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ValidationException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Parsing a dialect field into a domain value: a {@link ValidationException} of the value object (which
 * names its own, generic field) is re-raised under the field name the caller actually sent.
 */
public final class ValueFields {
    /** A decimal from a request has at most this many digits and an exponent (scale) within ± this. */
    public static final int MAX_DIGITS = 100;
    /** More bits than {@value #MAX_DIGITS} decimal digits need: the cheap check before {@link BigDecimal#precision()}. */
    private static final int MAX_BITS = 333;

    private ValueFields() {
    }

    /**
     * {@code value} (null stays null) when it is a bounded decimal, else a validation failure naming {@code field}:
     * {@code 1e999999999} is short but rescaling or printing it plainly would take a billion digits.
     */
    public static BigDecimal decimal(BigDecimal value, String field) {
        if (value != null && (value.scale() < -MAX_DIGITS || value.scale() > MAX_DIGITS
                || value.unscaledValue().bitLength() > MAX_BITS || value.precision() > MAX_DIGITS)) {
            throw ValidationException.of(field, "must be a number of at most " + MAX_DIGITS + " digits with at most "
                    + MAX_DIGITS + " digits before and after the decimal point");
        }
        return value;
    }

    /** {@code value} must be present (not null, not blank). */
    public static <T> T required(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ValidationException.of(field, "is required");
        }
        return value;
    }

    /** Runs {@code parse}; its validation failures are reported under {@code field}. */
    public static <T> T parse(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            throw renamed(e, field);
        }
    }

    /** The same failure with every field path replaced by {@code field}. */
    public static ValidationException renamed(ValidationException e, String field) {
        return new ValidationException(e.errors().stream().map(f -> new FieldError(field, f.message())).toList());
    }

    /** The same failure with field paths translated through {@code names}; unknown paths are kept. */
    public static ValidationException translated(ValidationException e, Map<String, String> names) {
        return new ValidationException(e.errors().stream()
                .map(f -> new FieldError(names.getOrDefault(f.field(), f.field()), f.message()))
                .toList());
    }
}
