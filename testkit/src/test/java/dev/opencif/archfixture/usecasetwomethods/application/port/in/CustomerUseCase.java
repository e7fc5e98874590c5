package dev.opencif.archfixture.usecasetwomethods.application.port.in;

/** Fixture VIOLATION: a use case with two operations. */
public interface CustomerUseCase {
    long open(String name);

    void close(long id);
}
