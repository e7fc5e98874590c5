package dev.opencif.archfixture.frameworkonconstructor.application.service;

import jakarta.inject.Inject;

/** Fixture VIOLATION: a service wired by a DI container annotation on its constructor. */
public final class OpenCustomerService {
    private final String name;

    @Inject
    public OpenCustomerService(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
