package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.CustomerSearchContract;

/** The in-memory adapters pass {@link CustomerSearchContract}. */
class InMemoryCustomerSearchContractTest extends CustomerSearchContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
