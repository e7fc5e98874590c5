package dev.opencif.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox relay on in-memory H2. */
class H2OutboxRelayTest extends OutboxRelayScenario {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}
