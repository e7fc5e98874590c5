package dev.opencif.archfixture.applicationimportsserver.server;

/** Fixture: a server type. */
public record ServerConfig(int port) {
}
