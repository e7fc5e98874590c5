package dev.opencif.archfixture.adapterimportsservice.application.service;

/** Fixture: a service implementation. */
public final class OpenCustomerService {
    public long open(String name) {
        return name.length();
    }
}
