package dev.opencif.application.port.in.agreement;

import dev.opencif.domain.agreement.AgreementState;

/**
 * Records that a customer granted or revoked a consent (latest agreement of that type), e.g. the
 * personal-data protection agreement during onboarding.
 * <p>Seed operation: ESB {@code update-protect-agreement}.
 */
public interface UpdateConsentUseCase {

    AgreementState update(UpdateConsentCommand command);
}
