package dev.opencif.archfixture.applicationimportsadapter.adapter.jdbc;

/** Fixture: an adapter type. */
public final class JdbcCustomerStore {
    public void save(String name) {
    }
}
