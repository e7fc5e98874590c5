package dev.opencif.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer search's SQL on in-memory H2. */
class H2SearchPushdownTest extends SearchPushdownScenario {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}
