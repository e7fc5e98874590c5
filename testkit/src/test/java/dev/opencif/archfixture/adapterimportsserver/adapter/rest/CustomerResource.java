package dev.opencif.archfixture.adapterimportsserver.adapter.rest;

import dev.opencif.archfixture.adapterimportsserver.server.ServerConfig;

/** Fixture VIOLATION: an adapter that depends on the server that wires it. */
public final class CustomerResource {
    public int port(ServerConfig config) {
        return config.port();
    }
}
