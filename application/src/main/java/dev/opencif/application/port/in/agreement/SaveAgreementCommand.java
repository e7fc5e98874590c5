package dev.opencif.application.port.in.agreement;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import jakarta.validation.constraints.NotNull;

/** Create (no {@code agreementId}) or update an agreement of a customer. */
public record SaveAgreementCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        AgreementId agreementId,
        @NotNull AgreementType type,
        @NotNull AgreementTerms terms) {
}
