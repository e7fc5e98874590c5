package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.ProductApplicationStoreContract;

/** The in-memory adapters pass {@link ProductApplicationStoreContract}. */
class InMemoryProductApplicationStoreContractTest extends ProductApplicationStoreContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
