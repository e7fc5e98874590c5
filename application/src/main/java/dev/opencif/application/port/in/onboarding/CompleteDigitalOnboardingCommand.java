package dev.opencif.application.port.in.onboarding;

import dev.opencif.application.shared.Origin;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.onboarding.ProcessId;
import jakarta.validation.constraints.NotNull;

/** Complete the flow; e-mail and phone confirm or update the contact data. */
public record CompleteDigitalOnboardingCommand(
        @NotNull Origin origin,
        @NotNull ProcessId processId,
        @NotNull CustomerNumber customerNumber,
        EmailAddress email,
        PhoneNumber phone,
        boolean approvedAgent,
        boolean courierSelected,
        String userCode) {
}
