package dev.opencif.application.port.in.customer;

import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import jakarta.validation.constraints.NotNull;

/** A consent or contract granted while onboarding (e.g. KVKK approval, data-protection consent). */
public record ConsentGrant(
        @NotNull AgreementType type,
        @NotNull AgreementTerms terms) {
}
