package dev.opencif.archfixture.inportimportsoutport.application.port.in;

import dev.opencif.archfixture.inportimportsoutport.application.port.out.SaveCustomerPort;

/** Fixture VIOLATION: an inbound port whose contract exposes an outbound port. */
public interface OpenCustomerUseCase {
    void open(String name, SaveCustomerPort where);
}
