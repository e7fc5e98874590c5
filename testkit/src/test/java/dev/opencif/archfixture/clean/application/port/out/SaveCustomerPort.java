package dev.opencif.archfixture.clean.application.port.out;

import dev.opencif.archfixture.clean.domain.customer.Customer;

/** Fixture: an outbound port. */
public interface SaveCustomerPort {
    void save(Customer customer);
}
