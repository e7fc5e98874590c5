package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.ReferentialIntegrityContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The referential-integrity contract on in-memory H2 (PostgreSQL mode), one database per class. */
class H2ReferentialIntegrityTest extends ReferentialIntegrityContract {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return database.ports(clock);
    }
}
