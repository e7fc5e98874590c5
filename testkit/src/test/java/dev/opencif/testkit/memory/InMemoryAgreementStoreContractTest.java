package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.AgreementStoreContract;

/** The in-memory adapters pass {@link AgreementStoreContract}. */
class InMemoryAgreementStoreContractTest extends AgreementStoreContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
