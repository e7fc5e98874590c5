package dev.opencif.archfixture.deepcycle.application.service.account;

import dev.opencif.archfixture.deepcycle.application.service.customer.OpenCustomerService;

/** Fixture VIOLATION (with the customer service): a cycle between two sub-packages of one module. */
public final class OpenAccountService {
    public int open(OpenCustomerService customers) {
        return customers.hashCode();
    }
}
