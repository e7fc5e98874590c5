package dev.opencif.archfixture.applicationimportsadapter.application.service;

import dev.opencif.archfixture.applicationimportsadapter.adapter.jdbc.JdbcCustomerStore;

/** Fixture VIOLATION: a service that calls an adapter directly instead of an outbound port. */
public final class OpenCustomerService {
    private final JdbcCustomerStore store = new JdbcCustomerStore();

    public void open(String name) {
        store.save(name);
    }
}
