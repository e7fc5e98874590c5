package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.ContactDetail;
import java.util.List;

/**
 * Lists a person's contact details: the stored ones, then the primary mobile phone and e-mail
 * (each with a stable id derived from the person and the medium) unless already stored.
 * <p>Seed operation: bLink {@code GET /persons/{personId}/contactdetails}.
 */
public interface ListContactDetailsUseCase {

    List<ContactDetail> list(ListContactDetailsQuery query);
}
