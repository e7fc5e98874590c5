package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.IdempotencyContract;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The idempotency contract on PostgreSQL, in a fresh schema per class. */
@Tag("postgres")
class PostgresIdempotencyTest extends IdempotencyContract {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return database.ports(clock);
    }
}
