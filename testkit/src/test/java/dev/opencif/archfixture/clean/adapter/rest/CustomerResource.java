package dev.opencif.archfixture.clean.adapter.rest;

import dev.opencif.archfixture.clean.application.port.in.OpenCustomerCommand;
import dev.opencif.archfixture.clean.application.port.in.OpenCustomerUseCase;

/** Fixture: a driving adapter calling an inbound port. */
public final class CustomerResource {
    private final OpenCustomerUseCase openCustomer;

    public CustomerResource(OpenCustomerUseCase openCustomer) {
        this.openCustomer = openCustomer;
    }

    public long post(String name) {
        return openCustomer.open(new OpenCustomerCommand(name)).value();
    }
}
