package dev.opencif.archfixture.usecasedefaultmethod.application.port.in;

/** Fixture VIOLATION: a second operation hidden in a default method. */
public interface OpenCustomerUseCase {
    long open(String name);

    default long openAnonymous() {
        return open("anonymous");
    }
}
