package dev.opencif.archfixture.applicationuseslibrary.application.service;

import org.assertj.core.util.Strings;

/** Fixture VIOLATION: a service that uses a library other than validation and logging. */
public final class OpenCustomerService {
    public boolean blank(String name) {
        return Strings.isNullOrEmpty(name);
    }
}
