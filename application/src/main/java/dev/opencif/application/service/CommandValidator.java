package dev.opencif.application.service;

import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a command or query's Jakarta Bean Validation constraints at the service boundary and turns
 * violations into one {@link ValidationException} naming every field path.
 */
public final class CommandValidator {
    private final Validator validator;

    public CommandValidator(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    public <T> T validate(T command) {
        if (command == null) {
            throw ValidationException.of("command", "is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            throw new ValidationException(errors);
        }
        return command;
    }
}
