package dev.opencif.archfixture.applicationimportsserver.application.service;

import dev.opencif.archfixture.applicationimportsserver.server.ServerConfig;

/** Fixture VIOLATION: a service that reads the server's configuration. */
public final class OpenCustomerService {
    public int port(ServerConfig config) {
        return config.port();
    }
}
