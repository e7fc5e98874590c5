package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.ReferentialIntegrityContract;

/** The in-memory adapters pass {@link ReferentialIntegrityContract}. */
class InMemoryReferentialIntegrityContractTest extends ReferentialIntegrityContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
