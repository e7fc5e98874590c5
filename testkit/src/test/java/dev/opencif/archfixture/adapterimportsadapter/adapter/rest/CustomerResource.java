package dev.opencif.archfixture.adapterimportsadapter.adapter.rest;

import dev.opencif.archfixture.adapterimportsadapter.adapter.jdbc.JdbcCustomerStore;

/** Fixture VIOLATION: a REST adapter reading the database adapter directly. */
public final class CustomerResource {
    private final JdbcCustomerStore store = new JdbcCustomerStore();

    public String get(long id) {
        return store.load(id);
    }
}
