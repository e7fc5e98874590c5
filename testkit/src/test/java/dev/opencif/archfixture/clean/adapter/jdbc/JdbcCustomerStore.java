package dev.opencif.archfixture.clean.adapter.jdbc;

import dev.opencif.archfixture.clean.application.port.out.SaveCustomerPort;
import dev.opencif.archfixture.clean.domain.customer.Customer;
import dev.opencif.archfixture.clean.domain.customer.CustomerId;
import java.util.HashMap;
import java.util.Map;

/** Fixture: a driven adapter implementing an outbound port. */
public final class JdbcCustomerStore implements SaveCustomerPort {
    private final Map<CustomerId, Customer> rows = new HashMap<>();

    @Override
    public void save(Customer customer) {
        rows.put(customer.id(), customer);
    }
}
