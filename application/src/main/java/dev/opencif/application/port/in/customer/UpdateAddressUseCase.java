package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.Address;

/**
 * Replaces an existing address of a customer; NOT_FOUND for an unknown address id.
 * <p>Seed operations: bLink {@code PUT /customer/{customerId}/addresses}; callAction
 * {@code FTOS_ACC_CB_AddUpdateCustomerAddress} (with {@code addressIdentifier}).
 */
public interface UpdateAddressUseCase {

    Address update(UpdateAddressCommand command);
}
