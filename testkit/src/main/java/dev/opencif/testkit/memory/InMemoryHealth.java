package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.HealthPort;

/** Storage health tests can switch off to see how OpenCIF reports an outage. */
public final class InMemoryHealth implements HealthPort {
    private volatile boolean reachable = true;

    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

    @Override
    public boolean storageReachable() {
        return reachable;
    }
}
