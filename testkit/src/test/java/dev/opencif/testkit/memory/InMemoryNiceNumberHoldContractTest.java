package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.NiceNumberHoldContract;

/** The in-memory adapters pass {@link NiceNumberHoldContract}. */
class InMemoryNiceNumberHoldContractTest extends NiceNumberHoldContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
