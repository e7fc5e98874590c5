package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.service.IncomeMultipleLimitPolicy;
import dev.opencif.domain.kyc.CodedValue;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The default eKYC limit rule: income times a multiple, whole units, capped; nothing for a no-income status. */
class IncomeMultipleLimitPolicyTest {
    private static final Employment SALARIED = new Employment(new CodedValue("1", "Özel Sektör Ücretli"), null, null, null);
    private static final Employment STUDENT = new Employment(new CodedValue("7", "Öğrenci"), null, null, null);

    @Test
    void grants_three_monthly_incomes_rounded_down_to_whole_units_by_default() {
        assertThat(IncomeMultipleLimitPolicy.DEFAULT.limitFor(Money.of("12345.67", "TRY", 2), SALARIED))
                .isEqualTo(Money.of("37037", "TRY", 2));
    }

    @Test
    void caps_the_limit_at_the_maximum() {
        assertThat(IncomeMultipleLimitPolicy.DEFAULT.limitFor(Money.of("90000", "TRY", 2), SALARIED))
                .isEqualTo(Money.of("100000", "TRY", 2));
    }

    @Test
    void grants_nothing_for_a_working_status_listed_as_earning_no_income_or_for_no_income() {
        IncomeMultipleLimitPolicy policy = new IncomeMultipleLimitPolicy(BigDecimal.valueOf(2), BigDecimal.valueOf(50_000), Set.of("7"));
        assertThat(policy.limitFor(Money.of("10000", "TRY", 2), STUDENT).isZero()).isTrue();
        assertThat(policy.limitFor(Money.of("10000", "TRY", 2), SALARIED)).isEqualTo(Money.of("20000", "TRY", 2));
        assertThat(policy.limitFor(Money.of("0", "TRY", 2), SALARIED).isZero()).isTrue();
        assertThat(policy.limitFor(Money.of("10000", "TRY", 2), null)).isEqualTo(Money.of("20000", "TRY", 2));
        assertThat(policy.limitFor(null, SALARIED)).as("no income declared: no currency to state a limit in").isNull();
    }

    @Test
    void refuses_a_multiple_or_maximum_that_makes_no_sense() {
        assertThatThrownBy(() -> new IncomeMultipleLimitPolicy(BigDecimal.valueOf(-1), BigDecimal.TEN, Set.of()))
                .hasMessageContaining("incomeMultiple");
        assertThatThrownBy(() -> new IncomeMultipleLimitPolicy(BigDecimal.ONE, BigDecimal.ZERO, Set.of()))
                .hasMessageContaining("maximum");
    }
}
