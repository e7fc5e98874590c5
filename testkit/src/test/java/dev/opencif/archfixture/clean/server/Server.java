package dev.opencif.archfixture.clean.server;

import dev.opencif.archfixture.clean.adapter.jdbc.JdbcCustomerStore;
import dev.opencif.archfixture.clean.adapter.rest.CustomerResource;
import dev.opencif.archfixture.clean.application.service.OpenCustomerService;

/** Fixture: the server wires services and adapters. */
public final class Server {
    private Server() {
    }

    public static CustomerResource wire() {
        return new CustomerResource(new OpenCustomerService(new JdbcCustomerStore()));
    }
}
