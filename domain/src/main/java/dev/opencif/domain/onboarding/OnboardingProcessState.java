package dev.opencif.domain.onboarding;

import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Checks;
import java.time.Instant;

/**
 * The stored form of an {@link OnboardingProcess}. {@code startedBy} is the authenticated client that started it
 * (the {@code Origin} actor, never personal data), or {@code null} when the caller was not named.
 */
public record OnboardingProcessState(
        ProcessId id,
        NationalId citizen,
        CustomerId customerId,
        Channel channel,
        String startedBy,
        OnboardingState state,
        AddressType selectedAddress,
        boolean courierSelected,
        boolean approvedAgent,
        String userCode,
        Instant startedAt,
        Instant updatedAt,
        Instant completedAt,
        long version) {

    public OnboardingProcessState {
        Checks.required(id, "processId");
        Checks.required(citizen, "citizenshipNumber");
        Checks.required(customerId, "customerId");
        Checks.required(channel, "channel");
        startedBy = Checks.optionalText(startedBy, "startedBy", 100);
        Checks.required(state, "state");
        userCode = Checks.optionalText(userCode, "userCode", 100);
        Checks.required(startedAt, "startedAt");
        Checks.required(updatedAt, "updatedAt");
        Checks.that((state == OnboardingState.COMPLETED) == (completedAt != null), "completedAt", "is set exactly when COMPLETED");
        Checks.that(state == OnboardingState.CREATED || selectedAddress != null, "selectedAddress", "is required once information was updated");
        Checks.that(version >= 0, "version", "must not be negative");
    }
}
