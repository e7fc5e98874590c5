package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.ListPersonsContract;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ListPersons contract on PostgreSQL, in a fresh schema per class. */
@Tag("postgres")
class PostgresListPersonsTest extends ListPersonsContract {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return database.ports(clock);
    }
}
