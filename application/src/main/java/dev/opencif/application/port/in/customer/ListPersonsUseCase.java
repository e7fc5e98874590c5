package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PersonRecord;

/**
 * Lists the persons related to the contracts of the customers the viewer may see: each visible customer
 * as HOLDER, and its representatives with their relation; ordered by CIF.
 * <p>Seed operation: bLink {@code GET /persons}.
 */
public interface ListPersonsUseCase {

    Page<PersonRecord> list(ListPersonsQuery query);
}
