package dev.opencif.application.port.out;

import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.domain.customer.CustomerState;

/** Filters, orders, pages and counts customers; semantics are {@link CustomerFilter#test} and {@link CustomerOrdering#comparator}. */
public interface SearchCustomersPort {

    Page<CustomerState> search(CustomerFilter filter, CustomerOrdering ordering, PageRequest page);
}
