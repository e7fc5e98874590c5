package dev.opencif.archfixture.payloadasclass.application.port.in;

/** Fixture: a well-formed use case (not the violation). */
public interface OpenCustomerUseCase {
    long open(OpenCustomerCommand command);
}
