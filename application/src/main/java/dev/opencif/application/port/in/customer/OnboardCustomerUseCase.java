package dev.opencif.application.port.in.customer;

/**
 * Registers a new customer under a fresh CIF, with its identifiers, KYC profile, addresses, contact details,
 * optional first account and consents; all or nothing.
 * <p>Seed operations: counterparty {@code POST /api/v1/counterparty/{counterparty_guid}/customers};
 * callAction {@code FTOS_ACC_CB_AddUpdateIndividualCustomer} (create: no {@code customerInternalId}).
 */
public interface OnboardCustomerUseCase {

    OnboardingResult onboard(OnboardCustomerCommand command);
}
