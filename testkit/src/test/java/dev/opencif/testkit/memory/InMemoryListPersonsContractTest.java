package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.ListPersonsContract;

/** The in-memory adapters pass {@link ListPersonsContract}. */
class InMemoryListPersonsContractTest extends ListPersonsContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
