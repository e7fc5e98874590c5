package dev.opencif.adapter.jdbc;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The injected-failure unit of work on PostgreSQL. */
@Tag("postgres")
class PostgresUnitOfWorkRollbackTest extends UnitOfWorkRollbackScenario {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}
