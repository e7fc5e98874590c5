package dev.opencif.application.service;

import dev.opencif.application.port.out.EkycLimitPolicyPort;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

/**
 * The default eKYC limit rule: the declared monthly income times {@code incomeMultiple}, rounded down to whole units and
 * capped at {@code maximum}; zero for no income or for a working status whose code is listed as earning
 * no income (unemployed, student, …: the codes are the bank's own, e.g. the inter-API {@code WorkingStatusCode}).
 */
public record IncomeMultipleLimitPolicy(BigDecimal incomeMultiple, BigDecimal maximum, Set<String> noIncomeWorkingStatusCodes)
        implements EkycLimitPolicyPort {

    /** Three monthly incomes, at most 100,000 in the income's currency; no working status code excluded. */
    public static final IncomeMultipleLimitPolicy DEFAULT = new IncomeMultipleLimitPolicy(BigDecimal.valueOf(3),
            BigDecimal.valueOf(100_000), Set.of());

    public IncomeMultipleLimitPolicy {
        Objects.requireNonNull(incomeMultiple, "incomeMultiple");
        Objects.requireNonNull(maximum, "maximum");
        if (incomeMultiple.signum() < 0 || incomeMultiple.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new IllegalArgumentException("incomeMultiple must be between 0 and 1000, got " + incomeMultiple.toPlainString());
        }
        if (maximum.signum() <= 0 || maximum.precision() - maximum.scale() > 20) {
            throw new IllegalArgumentException("maximum must be positive and below 10^20, got " + maximum.toPlainString());
        }
        noIncomeWorkingStatusCodes = Set.copyOf(Objects.requireNonNull(noIncomeWorkingStatusCodes, "noIncomeWorkingStatusCodes"));
    }

    @Override
    public Money limitFor(Money monthlyIncome, Employment employment) {
        if (monthlyIncome == null) {
            return null;
        }
        boolean noIncome = employment != null && employment.workingStatus() != null
                && noIncomeWorkingStatusCodes.contains(employment.workingStatus().code());
        if (noIncome || !monthlyIncome.isPositive()) {
            return Money.zero(monthlyIncome.currency(), monthlyIncome.minorUnits());
        }
        BigDecimal limit = monthlyIncome.amount().multiply(incomeMultiple).min(maximum).setScale(0, RoundingMode.DOWN);
        return new Money(limit, monthlyIncome.currency(), monthlyIncome.minorUnits());
    }
}
