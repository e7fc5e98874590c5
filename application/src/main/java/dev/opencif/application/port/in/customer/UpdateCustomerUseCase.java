package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.CustomerState;

/**
 * Updates a customer's details, status and KYC level; a stale {@code expectedVersion} is a CONFLICT.
 * <p>Seed operations: counterparty {@code PUT /api/v1/counterparty/{counterparty_guid}/customers/{customer_guid}};
 * callAction {@code FTOS_ACC_CB_AddUpdateIndividualCustomer} (update: {@code customerInternalId} present).
 */
public interface UpdateCustomerUseCase {

    CustomerState update(UpdateCustomerCommand command);
}
