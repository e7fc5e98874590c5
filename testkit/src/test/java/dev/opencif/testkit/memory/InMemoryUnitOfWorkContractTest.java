package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.StoredEvent;
import dev.opencif.testkit.contract.UnitOfWorkContract;
import java.util.List;

/** The in-memory adapters pass {@link UnitOfWorkContract}. */
class InMemoryUnitOfWorkContractTest extends UnitOfWorkContract {
    private InMemoryAdapters adapters;

    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        adapters = InMemoryAdapters.create(clock);
        return adapters.ports();
    }

    @Override
    protected List<StoredEvent> storedEvents() {
        return adapters.publishedEvents().stream().map(StoredEvent::of).toList();
    }
}
