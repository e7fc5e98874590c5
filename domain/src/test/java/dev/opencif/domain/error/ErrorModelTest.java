package dev.opencif.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.customer.CustomerStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorModelTest {

    @Test
    void validation_under_prefixes_every_field() {
        ValidationException e = new ValidationException(List.of(new FieldError("phone", "is required"),
                new FieldError("address.city", "must not be blank")));

        ValidationException nested = e.under("customer");

        assertThat(nested.errors()).containsExactly(new FieldError("customer.phone", "is required"),
                new FieldError("customer.address.city", "must not be blank"));
        assertThat(nested.getMessage()).isEqualTo("customer.phone: is required; customer.address.city: must not be blank");
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("phone", "address.city");
    }

    @Test
    void validation_message_lists_every_field() {
        ValidationException e = new ValidationException(List.of(new FieldError("a", "x"), new FieldError("b", "y")));

        assertThat(e.getMessage()).isEqualTo("a: x; b: y");
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void validation_of_names_one_field() {
        ValidationException e = ValidationException.of("cif", "must be 1 to 12 digits");

        assertThat(e.errors()).containsExactly(new FieldError("cif", "must be 1 to 12 digits"));
        assertThat(e.getMessage()).isEqualTo("cif: must be 1 to 12 digits");
    }

    @Test
    void validation_needs_at_least_one_field() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validation_errors_cannot_be_modified() {
        ValidationException e = ValidationException.of("a", "x");

        assertThatThrownBy(() -> e.errors().add(new FieldError("b", "y"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void field_error_requires_field_and_message() {
        assertThatThrownBy(() -> new FieldError(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldError("a", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void duplicate_identifier_names_the_kind_but_never_the_value() {
        DuplicateIdentifierException e = new DuplicateIdentifierException("NATIONAL_ID");

        assertThat(e.identifierKind()).isEqualTo("NATIONAL_ID");
        assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_IDENTIFIER);
        assertThat(e.getMessage()).isEqualTo("NATIONAL_ID is already in use");
    }

    @Test
    void invalid_transition_names_entity_and_states() {
        InvalidStateTransitionException e = new InvalidStateTransitionException("Customer", CustomerStatus.CLOSED, CustomerStatus.ACTIVE);

        assertThat(e.entity()).isEqualTo("Customer");
        assertThat(e.from()).isEqualTo("CLOSED");
        assertThat(e.to()).isEqualTo("ACTIVE");
        assertThat(e.getMessage()).isEqualTo("Customer cannot go from CLOSED to ACTIVE");
    }

    @Test
    void each_failure_carries_its_stable_code() {
        assertThat(new NotFoundException("Customer", "42").code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(new AlreadyExistsException("Customer", "42").code()).isEqualTo(ErrorCode.ALREADY_EXISTS);
        assertThat(new ConflictException("Customer", "42", 3).code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(new ForbiddenException("no").code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(new UnauthenticatedException("who?").code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(new RuleViolationException("HOLD_EXPIRED", "expired").code()).isEqualTo(ErrorCode.RULE_VIOLATION);
    }

    @Test
    void not_found_and_already_exists_name_entity_and_key() {
        NotFoundException notFound = new NotFoundException("Account", "123456");
        AlreadyExistsException exists = new AlreadyExistsException("Customer", "ext-1");

        assertThat(notFound.entity()).isEqualTo("Account");
        assertThat(notFound.key()).isEqualTo("123456");
        assertThat(notFound.getMessage()).isEqualTo("Account not found: 123456");
        assertThat(exists.getMessage()).isEqualTo("Customer already exists: ext-1");
        assertThat(new ConflictException("Customer", "42", 3).getMessage()).contains("expected version 3");
    }

    @Test
    void rule_violation_carries_its_rule() {
        RuleViolationException e = new RuleViolationException("BALANCE_NOT_ZERO", "still holds 1 VND");

        assertThat(e.rule()).isEqualTo("BALANCE_NOT_ZERO");
        assertThat(e.getMessage()).isEqualTo("still holds 1 VND");
        assertThatThrownBy(() -> new RuleViolationException(null, "m")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void business_failures_skip_the_stack_trace() {
        assertThat(ValidationException.of("a", "x").getStackTrace()).isEmpty();
    }
}
