package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.BankingUserStoreContract;

/** The in-memory adapters pass {@link BankingUserStoreContract}. */
class InMemoryBankingUserStoreContractTest extends BankingUserStoreContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
