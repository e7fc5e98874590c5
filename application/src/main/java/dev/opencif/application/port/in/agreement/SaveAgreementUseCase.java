package dev.opencif.application.port.in.agreement;

import dev.opencif.domain.agreement.AgreementState;

/**
 * Adds or updates a consent or contract of a customer (also how bLink OPEN_FINANCE consents are granted).
 * <p>Seed operation: callAction {@code FTOS_ACC_AddUpdateCustomerAgreement}.
 */
public interface SaveAgreementUseCase {

    AgreementState save(SaveAgreementCommand command);
}
