package dev.opencif.archfixture.usecaseinherited.application.port.in;

/** Fixture: a well-formed use case. */
public interface CloseCustomerUseCase {
    void close(long id);
}
