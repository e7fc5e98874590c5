package dev.opencif.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opencif.domain.error.ErrorCode;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the typed domain failures, so each test names the field, rule or transition it expects. */
public final class DomainAssertions {
    private DomainAssertions() {
    }

    /** Asserts a {@link ValidationException} naming exactly {@code fields}, in order. */
    public static ValidationException assertValidationFails(ThrowingCallable call, String... fields) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        ValidationException e = (ValidationException) thrown;
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields);
        return e;
    }

    /** Asserts a {@link RuleViolationException} with the stable sub-code {@code rule}. */
    public static RuleViolationException assertRuleViolated(ThrowingCallable call, String rule) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(RuleViolationException.class);
        RuleViolationException e = (RuleViolationException) thrown;
        assertThat(e.code()).isEqualTo(ErrorCode.RULE_VIOLATION);
        assertThat(e.rule()).isEqualTo(rule);
        return e;
    }

    /** Asserts an {@link InvalidStateTransitionException} of {@code entity} from {@code from} to {@code to}. */
    public static InvalidStateTransitionException assertInvalidTransition(ThrowingCallable call, String entity,
                                                                          Enum<?> from, Enum<?> to) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidStateTransitionException.class);
        InvalidStateTransitionException e = (InvalidStateTransitionException) thrown;
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE_TRANSITION);
        assertThat(e.entity()).isEqualTo(entity);
        assertThat(e.from()).isEqualTo(from.name());
        assertThat(e.to()).isEqualTo(to.name());
        return e;
    }
}
