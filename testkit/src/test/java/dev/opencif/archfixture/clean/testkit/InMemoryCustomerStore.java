package dev.opencif.archfixture.clean.testkit;

import dev.opencif.archfixture.clean.application.port.out.SaveCustomerPort;
import dev.opencif.archfixture.clean.domain.customer.Customer;
import java.util.ArrayList;
import java.util.List;

/** Fixture: a testkit in-memory adapter. */
public final class InMemoryCustomerStore implements SaveCustomerPort {
    private final List<Customer> saved = new ArrayList<>();

    @Override
    public void save(Customer customer) {
        saved.add(customer);
    }
}
