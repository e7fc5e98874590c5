package dev.opencif.domain.shared;

import dev.opencif.domain.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Precondition helpers for value objects and aggregates: each failure is a {@link ValidationException}
 * naming the field, so an adapter can tell its caller exactly what to fix.
 */
public final class Checks {
    /** Dates and instants the model accepts lie in the years 1 to 9999: every store (PostgreSQL DATE/TIMESTAMP) holds them. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    /** Amounts have at most this many integer digits (what NUMERIC(38, 8) holds) and an exponent within ±30. */
    public static final int MAX_INTEGER_DIGITS = 30;
    private static final int MAX_SCALE = 30;
    private static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_OF_LATEST = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private Checks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw ValidationException.of(field, "is required");
        }
        return value;
    }

    /**
     * Trims, normalises to NFC, refuses control and invisible characters ({@link Text#clean}), and requires at least
     * one non-blank character and at most {@code maxLength} characters.
     */
    public static String text(String value, String field, int maxLength) {
        required(value, field);
        return bounded(Text.clean(value.strip(), field), field, maxLength);
    }

    /** Like {@link #text}, for free text that may keep line breaks and tabs ({@link Text#cleanMultiline}). */
    public static String multilineText(String value, String field, int maxLength) {
        required(value, field);
        return bounded(Text.cleanMultiline(value.strip(), field), field, maxLength);
    }

    /** Like {@link #multilineText} but {@code null} or blank becomes {@code null}. */
    public static String optionalMultilineText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return multilineText(value, field, maxLength);
    }

    private static String bounded(String trimmed, String field, int maxLength) {
        if (trimmed.isEmpty()) {
            throw ValidationException.of(field, "must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw ValidationException.of(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** Like {@link #text} but {@code null} or blank becomes {@code null}. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, maxLength);
    }

    public static String matches(String value, Pattern pattern, String field, String expectation) {
        required(value, field);
        if (!pattern.matcher(value).matches()) {
            throw ValidationException.of(field, "must be " + expectation);
        }
        return value;
    }

    public static void that(boolean condition, String field, String message) {
        if (!condition) {
            throw ValidationException.of(field, message);
        }
    }

    /** {@code null} or a date in the years 1 to 9999. */
    public static LocalDate supportedDate(LocalDate value, String field) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            throw ValidationException.of(field, "must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
        }
        return value;
    }

    /** {@code null} or an instant in the years 1 to 9999 (UTC). */
    public static Instant supportedInstant(Instant value, String field) {
        if (value != null && (value.isBefore(EARLIEST_INSTANT) || !value.isBefore(END_OF_LATEST))) {
            throw ValidationException.of(field, "must be between " + EARLIEST_INSTANT + " and the end of " + LATEST_DATE);
        }
        return value;
    }

    /**
     * {@code null} or a decimal of at most {@value #MAX_INTEGER_DIGITS} integer digits with an exponent within ±30,
     * checked without rescaling, so a huge exponent ({@code 1e8000000}) is refused at once instead of costing seconds.
     */
    public static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.scale() < -MAX_SCALE || value.scale() > MAX_SCALE) {
            throw ValidationException.of(field, "must have an exponent between -" + MAX_SCALE + " and " + MAX_SCALE);
        }
        // with |scale| <= 30, more than 200 bits of unscaled value means more than 30 integer digits; checked first
        // because precision() of a very long number is costly
        if (value.signum() != 0
                && (value.unscaledValue().bitLength() > 200 || value.precision() - value.scale() > MAX_INTEGER_DIGITS)) {
            throw ValidationException.of(field, "must have at most " + MAX_INTEGER_DIGITS + " integer digits");
        }
        return value;
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        required(value, field);
        String normalised = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        throw ValidationException.of(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
}
