package dev.opencif.application.port.in.agreement;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.agreement.AgreementType;
import jakarta.validation.constraints.NotNull;

/** Grant or revoke a consent (data protection by default) of a customer. */
public record UpdateConsentCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull AgreementType type,
        boolean granted) {
}
