package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.CustomerState;

/**
 * Reads one customer; NOT_FOUND when absent or invisible to the viewer.
 * <p>Seed operations: ESB {@code get-customer-info}, {@code get-customer-by-id}; bLink {@code GET /customers/{customerId}}.
 */
public interface GetCustomerUseCase {

    CustomerState get(GetCustomerQuery query);
}
