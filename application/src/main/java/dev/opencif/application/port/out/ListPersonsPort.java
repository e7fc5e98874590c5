package dev.opencif.application.port.out;

import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.PersonRecord;
import dev.opencif.application.shared.PersonScope;
import dev.opencif.domain.customer.CustomerId;
import java.util.Optional;

/**
 * The persons of a {@link PersonScope}: each customer in the scope as its own HOLDER, and each representative of such a
 * customer with its relation to it (roles merged per person). Computed where the customers are stored — a scope may
 * hold most of the bank — so no read loads the scope's customers to page or test one.
 */
public interface ListPersonsPort {

    /** A page of the scope's persons ordered by CIF; each with every role it holds in the scope. */
    Page<PersonRecord> persons(PersonScope scope, PageRequest page);

    /** The person with its roles, if it is one of the scope's persons. */
    Optional<PersonRecord> person(PersonScope scope, CustomerId person);
}
