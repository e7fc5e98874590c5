package dev.opencif.adapter.rest.callaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.opencif.adapter.rest.http.Decimals;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ValidationException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the parameters of one action's {@code Data}, collecting every problem as a field error named
 * as the seed names the parameter (with its wrapper, e.g. {@code CustomerInfo.firstName}), so one
 * answer lists all missing or malformed fields.
 */
final class Params {
    static final String DATE_FORMS = "must be an ISO date (2026-01-15) or instant (2026-01-15T09:00:00Z)";
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;

    private Params(JsonNode node, String prefix, List<FieldError> errors) {
        this.node = node == null ? NullNode.getInstance() : node;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** The parameters of {@code Data} (an object, or null when the action was sent without data). */
    static Params of(JsonNode data) {
        return new Params(data, "", new ArrayList<>());
    }

    /** The parameters inside a wrapper object such as {@code CustomerInfo}; a missing wrapper is one error. */
    Params wrapper(String name) {
        JsonNode inner = node.get(name);
        if (inner == null || inner.isNull()) {
            errors.add(new FieldError(path(name), "is required"));
        } else if (!inner.isObject()) {
            errors.add(new FieldError(path(name), "must be a JSON object"));
            inner = null;
        }
        return new Params(inner, path(name) + ".", errors);
    }

    String path(String name) {
        return prefix + name;
    }

    boolean has(String name) {
        return text(name, false) != null;
    }

    /** A mandatory text parameter; numbers and booleans are taken as their text. */
    String required(String name) {
        return text(name, true);
    }

    String optional(String name) {
        return text(name, false);
    }

    <T> T required(String name, Function<String, T> parser) {
        return parse(name, required(name), parser);
    }

    <T> T optional(String name, Function<String, T> parser) {
        return parse(name, optional(name), parser);
    }

    /** A list sent as a JSON array of strings or as one comma-separated string; empty when absent. */
    List<String> list(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isValueNode() || item.isNull()) {
                    errors.add(new FieldError(path(name), "must be an array of strings or a comma-separated string"));
                    return List.of();
                }
                if (!item.asText().isBlank()) {
                    items.add(item.asText().strip());
                }
            }
            return items;
        }
        if (value.isValueNode()) {
            return Arrays.stream(value.asText().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toList());
        }
        errors.add(new FieldError(path(name), "must be an array of strings or a comma-separated string"));
        return List.of();
    }

    /** Fails with every collected error, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    void fail(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    private String text(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || (value.isValueNode() && value.asText().isBlank())) {
            if (required) {
                errors.add(new FieldError(path(name), "is required"));
            }
            return null;
        }
        if (!value.isValueNode()) {
            errors.add(new FieldError(path(name), "must be a string"));
            return null;
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (!Decimals.isBounded(number)) {
                FieldError error = new FieldError(path(name), Decimals.TOO_LARGE);
                if (!errors.contains(error)) {
                    errors.add(error);
                }
                return null;
            }
            return value.isIntegralNumber() ? value.asText() : number.toPlainString();
        }
        return value.asText().strip();
    }

    private <T> T parse(String name, String value, Function<String, T> parser) {
        return value == null ? null : value(name, () -> parser.apply(value));
    }

    /** Builds a value, reporting a validation failure of its construction under {@code name}. */
    <T> T value(String name, java.util.function.Supplier<T> builder) {
        try {
            return builder.get();
        } catch (ValidationException e) {
            errors.add(new FieldError(path(name), e.errors().stream().map(FieldError::message).collect(Collectors.joining("; "))));
            return null;
        }
    }

    /** A calendar date: {@code 2026-01-15}, or an instant / date-time whose UTC date is taken. */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            return instant(value).atOffset(ZoneOffset.UTC).toLocalDate();
        }
    }

    /** The start of a period: an instant as sent, or a date's first instant (00:00Z). */
    static Instant from(String value) {
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return instant(value);
        }
    }

    /** The exclusive end of a period: an instant as sent, or for a date the first instant of the next day (the date is included). */
    static Instant to(String value) {
        try {
            return LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return instant(value);
        }
    }

    /** {@code 2026-01-15T09:00:00Z}, with an offset ({@code +03:00}), or without one (taken as UTC). */
    static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException again) {
                throw ValidationException.of("date", DATE_FORMS);
            }
        }
    }

    /**
     * An enum constant from the forms integrators send: any case, spaces, dashes or camel case
     * ({@code InProgress}, {@code in progress}, {@code IN_PROGRESS}), plus the given aliases.
     */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, java.util.Map<String, E> aliases) {
        String normalised = SEPARATORS.matcher(CAMEL_HUMP.matcher(value.strip()).replaceAll("$1_$2")
                .toUpperCase(java.util.Locale.ROOT)).replaceAll("_");
        if (aliases.containsKey(normalised)) {
            return aliases.get(normalised);
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        throw ValidationException.of("value", "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
}
