package dev.opencif.archfixture.adaptertakesfacade.application;

/** Fixture: the facade that hands out every use case. */
public final class OpenCif {
    public Runnable openCustomer() {
        return () -> { };
    }
}
