package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.Representative;

/**
 * Adds or updates a representative (a person with its own customer record) of a customer.
 * <p>Seed operation: callAction {@code FTOS_ACC_CB_AddUpdateCustomerRepresentative}.
 */
public interface SaveRepresentativeUseCase {

    Representative save(SaveRepresentativeCommand command);
}
