package dev.opencif.application.port.in.onboarding;

import dev.opencif.application.shared.Origin;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import jakarta.validation.constraints.NotNull;

/** Start (or look up) the digital onboarding of a citizen. {@code lookupOnly} is inter-API {@code IsGetProcess}. */
public record StartDigitalOnboardingCommand(
        @NotNull Origin origin,
        @NotNull NationalId citizen,
        @NotNull PhoneNumber phone,
        @NotNull EmailAddress email,
        boolean fatca,
        boolean usPerson,
        boolean notificationOnUpdate,
        boolean kvkkApproved,
        boolean lookupOnly) {
}
