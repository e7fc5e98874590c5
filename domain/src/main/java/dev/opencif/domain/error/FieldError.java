package dev.opencif.domain.error;

import java.util.Objects;

/** One violated rule: the field path (e.g. {@code address.postalCode}) and a message a person can act on. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
