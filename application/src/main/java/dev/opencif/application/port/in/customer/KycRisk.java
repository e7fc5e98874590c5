package dev.opencif.application.port.in.customer;

import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.kyc.RiskClass;

/**
 * The bank's AML assessment of a customer, as a change: politically exposed or not, risk class, source of wealth. A
 * {@code null} field is left as it is. The PEP and HIGH_RISK flags of the customer-360 views show it.
 */
public record KycRisk(Boolean pep, RiskClass riskClass, String sourceOfWealth) {

    /** {@code profile} with the fields given here changed. */
    public KycProfile applyTo(KycProfile profile) {
        KycProfile changed = pep == null ? profile : profile.withDeclarations(profile.fatca(), profile.usPerson(), pep);
        changed = riskClass == null ? changed : changed.withRiskClass(riskClass);
        return sourceOfWealth == null ? changed : changed.withSituation(changed.education(), changed.employment(),
                changed.monthlyIncome(), changed.homeStatus(), sourceOfWealth);
    }

    public boolean isEmpty() {
        return pep == null && riskClass == null && sourceOfWealth == null;
    }
}
