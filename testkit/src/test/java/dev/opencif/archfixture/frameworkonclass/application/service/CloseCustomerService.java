package dev.opencif.archfixture.frameworkonclass.application.service;

import jakarta.inject.Singleton;

/** Fixture VIOLATION: a service with a container scope annotation on the class. */
@Singleton
public final class CloseCustomerService {
    public void close(long id) {
    }
}
