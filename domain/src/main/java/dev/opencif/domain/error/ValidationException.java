package dev.opencif.domain.error;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Input broke one or more rules; {@link #errors()} names every offending field. */
public final class ValidationException extends OpenCifException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(ErrorCode.VALIDATION_FAILED, describe(errors));
        this.errors = List.copyOf(errors);
    }

    /** One field, one message: the common case in value-object constructors. */
    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same failure with every field path prefixed, e.g. {@code phone} becomes {@code customer.phone}. */
    public ValidationException under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new ValidationException(errors.stream()
                .map(e -> new FieldError(prefix + "." + e.field(), e.message()))
                .toList());
    }

    private static String describe(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }
}
