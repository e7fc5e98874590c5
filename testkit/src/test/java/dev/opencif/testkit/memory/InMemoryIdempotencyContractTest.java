package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.IdempotencyContract;

/** The in-memory adapters pass {@link IdempotencyContract}. */
class InMemoryIdempotencyContractTest extends IdempotencyContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
