package dev.opencif.application.port.in.onboarding;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.onboarding.OnboardingState;
import dev.opencif.domain.onboarding.ProcessId;

/** Where a digital onboarding stands. */
public record OnboardingStatus(
        ProcessId processId,
        CustomerId customerId,
        CustomerNumber customerNumber,
        OnboardingState state,
        boolean existing) {
}
