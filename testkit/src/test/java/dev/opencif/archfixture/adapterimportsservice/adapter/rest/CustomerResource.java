package dev.opencif.archfixture.adapterimportsservice.adapter.rest;

import dev.opencif.archfixture.adapterimportsservice.application.service.OpenCustomerService;

/** Fixture VIOLATION: an adapter bypassing the inbound port and calling a service class. */
public final class CustomerResource {
    private final OpenCustomerService service = new OpenCustomerService();

    public long post(String name) {
        return service.open(name);
    }
}
