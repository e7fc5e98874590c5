package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.ReferentialIntegrityContract;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The referential-integrity contract on PostgreSQL, in a fresh schema per class. */
@Tag("postgres")
class PostgresReferentialIntegrityTest extends ReferentialIntegrityContract {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return database.ports(clock);
    }
}
