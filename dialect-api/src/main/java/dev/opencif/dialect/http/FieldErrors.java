package dev.opencif.dialect.http;

import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects the validation failures of several parse steps so that one answer names every bad field. */
public final class FieldErrors {
    private final List<FieldError> errors = new ArrayList<>();

    /** Runs a parse step and reports its validation failure under {@code field} (the dialect's field name). */
    public static <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(err -> new FieldError(field, err.message())).toList());
        }
    }

    /** The value of the parse step, or {@code null} with its failure collected under {@code field}. */
    public <T> T get(String field, Supplier<T> parse) {
        try {
            return field(field, parse);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    public void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws one {@link ValidationException} with every collected failure, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
