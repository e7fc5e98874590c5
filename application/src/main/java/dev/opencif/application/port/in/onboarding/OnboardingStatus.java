package dev.opencif.application.port.in.onboarding;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.onboarding.OnboardingState;
import dev.opencif.domain.onboarding.ProcessId;
import dev.opencif.domain.shared.Money;

/**
 * Where a digital onboarding stands: the process, its customer, its state, whether the call found it already there,
 * and the customer's eKYC account limit ({@code null} while none was calculated).
 */
public record OnboardingStatus(
        ProcessId processId,
        CustomerId customerId,
        CustomerNumber customerNumber,
        OnboardingState state,
        boolean existing,
        Money accountLimit) {
}
