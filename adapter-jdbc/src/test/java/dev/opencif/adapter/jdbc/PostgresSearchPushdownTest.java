package dev.opencif.adapter.jdbc;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer search's SQL on PostgreSQL. */
@Tag("postgres")
class PostgresSearchPushdownTest extends SearchPushdownScenario {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}
