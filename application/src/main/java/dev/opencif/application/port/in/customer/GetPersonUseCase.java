package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.PersonRecord;

/**
 * Reads one person with its roles; NOT_FOUND unless related to a customer the viewer may see.
 * <p>Seed operation: bLink {@code GET /persons/{personId}}.
 */
public interface GetPersonUseCase {

    PersonRecord get(GetPersonQuery query);
}
