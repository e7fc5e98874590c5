package dev.opencif.archfixture.adapterimportstestkit.adapter.esb;

import dev.opencif.archfixture.adapterimportstestkit.testkit.InMemoryClock;

/** Fixture VIOLATION: production adapter code using test support. */
public final class AccountServiceEndpoint {
    private final InMemoryClock clock = new InMemoryClock();

    public long now() {
        return clock.now();
    }
}
