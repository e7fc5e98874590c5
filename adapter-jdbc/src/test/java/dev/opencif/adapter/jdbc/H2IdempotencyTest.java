package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.IdempotencyContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The idempotency contract on in-memory H2 (PostgreSQL mode), one database per class. */
class H2IdempotencyTest extends IdempotencyContract {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return database.ports(clock);
    }
}
