package dev.opencif.application.port.out;

import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.shared.Money;

/**
 * The bank's rule for the account limit an eKYC customer earns from the situation they declare (inter-API
 * {@code CalculateLimit}). Banks plug in their own credit policy; {@code IncomeMultipleLimitPolicy} is the default.
 */
@FunctionalInterface
public interface EkycLimitPolicyPort {
    /**
     * The limit for a customer with {@code monthlyIncome} and {@code employment} (either may be {@code null} when not
     * declared), in the income's currency; zero when no limit can be granted, {@code null} when no income was declared
     * (there is no currency to state a limit in).
     */
    Money limitFor(Money monthlyIncome, Employment employment);
}
