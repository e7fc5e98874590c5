package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.ContactDetail;

/**
 * Adds a contact detail to a person and returns it with its new id.
 * <p>Seed operation: bLink {@code POST /persons/{personId}/contactdetails}.
 */
public interface AddContactDetailUseCase {

    ContactDetail add(AddContactDetailCommand command);
}
