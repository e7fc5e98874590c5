package dev.opencif.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The injected-failure unit of work on in-memory H2. */
class H2UnitOfWorkRollbackTest extends UnitOfWorkRollbackScenario {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}
