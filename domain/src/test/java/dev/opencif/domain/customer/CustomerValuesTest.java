package dev.opencif.domain.customer;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerValuesTest {

    @Test
    void customer_number_parses_up_to_twelve_digits() {
        assertThat(CustomerNumber.parse(" 5035232723 ").value()).isEqualTo(5_035_232_723L);
        assertThat(CustomerNumber.parse("999999999999").value()).isEqualTo(CustomerNumber.MAX);
        assertThat(new CustomerNumber(42)).hasToString("42");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1234567890123", "-5", "12 34"})
    void customer_number_rejects_malformed_text(String value) {
        assertValidationFails(() -> CustomerNumber.parse(value), "cif");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, CustomerNumber.MAX + 1})
    void customer_number_rejects_values_outside_one_to_max(long value) {
        assertValidationFails(() -> new CustomerNumber(value), "cif");
    }

    @Test
    void customer_number_rejects_zero_text_and_null() {
        assertValidationFails(() -> CustomerNumber.parse("0"), "cif");
        assertValidationFails(() -> CustomerNumber.parse(null), "cif");
    }

    @Test
    void customer_numbers_compare_numerically() {
        assertThat(new CustomerNumber(9)).isLessThan(new CustomerNumber(10));
    }

    @Test
    void person_name_parts_are_optional_and_trimmed() {
        PersonName name = new PersonName("  Nguyễn ", " ", "Văn");

        assertThat(name.first()).isEqualTo("Nguyễn");
        assertThat(name.last()).isNull();
        assertThat(name.fullName()).isEqualTo("Nguyễn Văn");
        assertThat(PersonName.NONE.isEmpty()).isTrue();
        assertThat(PersonName.NONE.fullName()).isEmpty();
        assertThat(new PersonName("Ayşe", "Yılmaz", "Nur").fullName()).isEqualTo("Ayşe Nur Yılmaz");
    }

    @Test
    void person_name_parts_are_limited_to_100_characters() {
        assertValidationFails(() -> new PersonName("x".repeat(101), null, null), "firstName");
        assertValidationFails(() -> new PersonName(null, "x".repeat(101), null), "lastName");
        assertValidationFails(() -> new PersonName(null, null, "x".repeat(101)), "middleName");
    }

    @Test
    void balance_allowance_must_not_be_negative() {
        assertThat(new BalanceAllowance(Money.of("0", "UAH", 2), " GISSUER ").assetIssuer()).isEqualTo("GISSUER");
        assertValidationFails(() -> new BalanceAllowance(Money.of("-0.01", "UAH", 2), null), "balanceAllowed");
        assertValidationFails(() -> new BalanceAllowance(null, null), "balanceAllowed");
    }

    @Test
    void segment_branch_and_blacklisting_need_text() {
        assertThat(new Segment(" PL ").value()).isEqualTo("PL");
        assertThat(new BranchRef(" 9860 ")).hasToString("9860");
        assertValidationFails(() -> new Segment(" "), "segment");
        assertValidationFails(() -> new BranchRef("x".repeat(65)), "branch");
        assertValidationFails(() -> new Blacklisting(null, Instant.EPOCH, false), "reason");
        assertValidationFails(() -> new Blacklisting("fraud", null, true), "since");
    }
}
