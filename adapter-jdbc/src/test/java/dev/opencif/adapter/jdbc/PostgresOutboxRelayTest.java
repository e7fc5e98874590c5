package dev.opencif.adapter.jdbc;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox relay on PostgreSQL. */
@Tag("postgres")
class PostgresOutboxRelayTest extends OutboxRelayScenario {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}
