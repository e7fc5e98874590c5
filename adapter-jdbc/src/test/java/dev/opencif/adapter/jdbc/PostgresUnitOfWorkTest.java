package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.StoredEvent;
import dev.opencif.testkit.contract.UnitOfWorkContract;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The UnitOfWork contract on PostgreSQL, in a fresh schema per class. */
@Tag("postgres")
class PostgresUnitOfWorkTest extends UnitOfWorkContract {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return database.ports(clock);
    }

    @Override
    protected List<StoredEvent> storedEvents() {
        return database.storedEvents();
    }
}
