package dev.opencif.archfixture.adaptertakesfacade.adapter.rest;

import dev.opencif.archfixture.adaptertakesfacade.application.OpenCif;

/** Fixture VIOLATION: a handler that takes the whole facade instead of the use cases it calls. */
public final class CustomerHandler {
    private final OpenCif opencif;

    public CustomerHandler(OpenCif opencif) {
        this.opencif = opencif;
    }

    public void post() {
        opencif.openCustomer().run();
    }
}
