package dev.opencif.archfixture.adapterimportsserver.server;

/** Fixture: a server type. */
public record ServerConfig(int port) {
}
