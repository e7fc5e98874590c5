package dev.opencif.testkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A search filter refuses bounds no store can compare, naming the wire field, instead of failing in the database. */
class CustomerFilterRangeTest {
    private static final Instant YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z");

    private static CustomerFilter filter(BigDecimal minBalance, BigDecimal maxBalance, Instant createdFrom, Instant createdTo,
                                         Instant updatedFrom, Instant updatedTo) {
        return CustomerFilter.builder().minBalanceAllowed(minBalance).maxBalanceAllowed(maxBalance).createdFrom(createdFrom)
                .createdTo(createdTo).updatedFrom(updatedFrom).updatedTo(updatedTo).build();
    }

    private static String rejectedField(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return ((ValidationException) thrown).errors().stream().map(FieldError::field).findFirst().orElseThrow();
    }

    @Test
    void balance_bounds_beyond_thirty_integer_digits_or_with_a_huge_exponent_are_rejected() {
        assertThat(rejectedField(() -> filter(new BigDecimal("1e8000000"), null, null, null, null, null)))
                .isEqualTo("min_balance_allowed");
        assertThat(rejectedField(() -> filter(null, new BigDecimal("1" + "0".repeat(30)), null, null, null, null)))
                .isEqualTo("max_balance_allowed");
    }

    @Test
    void time_bounds_outside_the_years_1_to_9999_are_rejected() {
        assertThat(rejectedField(() -> filter(null, null, Instant.MIN, null, null, null))).isEqualTo("min_created_at");
        assertThat(rejectedField(() -> filter(null, null, null, YEAR_10000, null, null))).isEqualTo("max_created_at");
        assertThat(rejectedField(() -> filter(null, null, null, null, Instant.MIN, null))).isEqualTo("min_updated_at");
        assertThat(rejectedField(() -> filter(null, null, null, null, null, Instant.MAX))).isEqualTo("max_updated_at");
    }

    @Test
    void the_widest_supported_bounds_are_accepted() {
        BigDecimal largest = new BigDecimal("9".repeat(30) + ".99999999");
        Instant first = Instant.parse("0001-01-01T00:00:00Z");
        Instant last = Instant.parse("9999-12-31T23:59:59Z");

        CustomerFilter filter = filter(largest.negate(), largest, first, last, first, last);

        assertThat(filter.maxBalanceAllowed()).isEqualTo(largest);
        assertThat(filter.createdTo()).isEqualTo(last);
    }
}
