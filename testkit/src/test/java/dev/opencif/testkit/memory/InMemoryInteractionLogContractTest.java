package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.InteractionLogContract;

/** The in-memory adapters pass {@link InteractionLogContract}. */
class InMemoryInteractionLogContractTest extends InteractionLogContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
