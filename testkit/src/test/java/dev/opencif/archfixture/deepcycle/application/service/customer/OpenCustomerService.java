package dev.opencif.archfixture.deepcycle.application.service.customer;

import dev.opencif.archfixture.deepcycle.application.service.account.OpenAccountService;

/** Fixture VIOLATION (with the account service): a cycle between two sub-packages of one module. */
public final class OpenCustomerService {
    public void open(OpenAccountService accounts) {
        accounts.open(this);
    }
}
