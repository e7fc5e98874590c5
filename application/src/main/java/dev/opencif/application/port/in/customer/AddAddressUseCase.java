package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.Address;

/**
 * Adds an address to a customer and returns it with its id.
 * <p>Seed operations: bLink {@code POST /customers/{customerId}/addresses}; callAction
 * {@code FTOS_ACC_CB_AddUpdateCustomerAddress} (no {@code addressIdentifier}).
 */
public interface AddAddressUseCase {

    Address add(AddAddressCommand command);
}
