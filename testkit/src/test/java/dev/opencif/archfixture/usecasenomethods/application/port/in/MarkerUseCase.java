package dev.opencif.archfixture.usecasenomethods.application.port.in;

/** Fixture VIOLATION: a use case without any operation. */
public interface MarkerUseCase {
}
