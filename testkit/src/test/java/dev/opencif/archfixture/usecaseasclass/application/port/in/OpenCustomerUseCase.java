package dev.opencif.archfixture.usecaseasclass.application.port.in;

/** Fixture VIOLATION: a use case declared as an abstract class. */
public abstract class OpenCustomerUseCase {
    public abstract long open(String name);
}
