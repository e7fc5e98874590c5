package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.OnboardingProcessStoreContract;

/** The in-memory adapters pass {@link OnboardingProcessStoreContract}. */
class InMemoryOnboardingProcessStoreContractTest extends OnboardingProcessStoreContract {
    @Override
    protected OpenCifPorts newPorts(MutableClock clock) {
        return InMemoryAdapters.create(clock).ports();
    }
}
