package dev.opencif.archfixture.clean.application.port.in;

import dev.opencif.archfixture.clean.domain.customer.CustomerId;

/** Fixture: a use case with exactly one operation (a static helper does not count). */
public interface OpenCustomerUseCase {
    CustomerId open(OpenCustomerCommand command);

    static OpenCustomerCommand command(String name) {
        return new OpenCustomerCommand(name);
    }
}
