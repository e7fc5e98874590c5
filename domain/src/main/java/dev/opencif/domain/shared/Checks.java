package dev.opencif.domain.shared;

import dev.opencif.domain.error.ValidationException;
import java.util.regex.Pattern;

/**
 * Precondition helpers for value objects and aggregates: each failure is a {@link ValidationException}
 * naming the field, so an adapter can tell its caller exactly what to fix.
 */
public final class Checks {
    private Checks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw ValidationException.of(field, "is required");
        }
        return value;
    }

    /** Trims and requires at least one non-blank character and at most {@code maxLength} characters. */
    public static String text(String value, String field, int maxLength) {
        required(value, field);
        String trimmed = value.strip();
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
