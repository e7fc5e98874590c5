package dev.opencif.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** {@link IdempotentRetriesScenario} on the embedded H2 file: one server, so "both instances" are the same one. */
class H2IdempotentRetriesTest extends IdempotentRetriesScenario {
    @TempDir
    static Path dir;

    private static OpenCifServer server;

    @BeforeAll
    static void start() {
        server = OpenCifServer.start(E2e.config(dir));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected OpenCifServer first() {
        return server;
    }

    @Override
    protected OpenCifServer second() {
        return server;
    }
}
