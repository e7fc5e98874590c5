package dev.opencif.archfixture.adapterimportsadapter.adapter.jdbc;

/** Fixture: a driven adapter. */
public final class JdbcCustomerStore {
    public String load(long id) {
        return "customer " + id;
    }
}
