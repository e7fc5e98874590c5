package dev.opencif.archfixture.adaptertakesfacade.adapter.rest;

import dev.opencif.archfixture.adaptertakesfacade.application.OpenCif;

/** Fixture, allowed: the record that gathers a handler's use cases from the facade. */
public record CustomerUseCases(Runnable openCustomer) {
    public static CustomerUseCases from(OpenCif opencif) {
        return new CustomerUseCases(opencif.openCustomer());
    }
}
