package dev.opencif.archfixture.adapterimportstestkit.testkit;

/** Fixture: a testkit type. */
public final class InMemoryClock {
    public long now() {
        return 0L;
    }
}
