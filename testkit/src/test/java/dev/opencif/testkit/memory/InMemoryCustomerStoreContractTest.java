package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.CustomerStoreContract;

/** The in-memory adapters pass {@link CustomerStoreContract}. */
class InMemoryCustomerStoreContractTest extends CustomerStoreContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
