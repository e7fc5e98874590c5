package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.Page;
import dev.opencif.domain.customer.CustomerState;

/**
 * Lists the customers the viewer may see that match the filter, ordered and paged, with the total count.
 * <p>Seed operations: counterparty {@code GET /api/v1/counterparty/{counterparty_guid}/customers}; bLink {@code GET /customers}.
 */
public interface SearchCustomersUseCase {

    Page<CustomerState> search(SearchCustomersQuery query);
}
