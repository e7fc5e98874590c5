package dev.opencif.archfixture.usecaseinherited.application.port.in;

/** Fixture VIOLATION: a use case that inherits one operation and declares another. */
public interface ManageCustomerUseCase extends CloseCustomerUseCase {
    long open(String name);
}
