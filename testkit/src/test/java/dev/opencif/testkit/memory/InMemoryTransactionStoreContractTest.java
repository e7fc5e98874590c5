package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.TransactionStoreContract;

/** The in-memory adapters pass {@link TransactionStoreContract}. */
class InMemoryTransactionStoreContractTest extends TransactionStoreContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
