package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.EventPublisherContract;
import dev.opencif.testkit.contract.StoredEvent;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The EventPublisher contract on in-memory H2 (PostgreSQL mode), one database per class. */
class H2EventPublisherTest extends EventPublisherContract {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return database.ports(clock);
    }

    @Override
    protected List<StoredEvent> storedEvents() {
        return database.storedEvents();
    }
}
