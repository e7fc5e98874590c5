package dev.opencif.testkit.contract;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.customer.Customer;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every contract suite: before each test it asks the adapter under test for fresh ports on a fresh
 * {@link MutableClock#standard()}. Suites only use the port interfaces, so any adapter can run them.
 */
public abstract class PortContract {
    protected MutableClock clock;
    protected OpenCifPorts ports;

    /**
     * The ports of the adapter under test, using {@code clock} as their clock. Storage should start empty;
     * the suites scope their data (fresh ids, counterparties, identifiers) so leftovers do not break them.
     */
    protected abstract OpenCifPorts newPorts(MutableClock clock);

    @BeforeEach
    protected final void createPorts() {
        clock = MutableClock.standard();
        ports = newPorts(clock);
    }

    protected Instant now() {
        return clock.instant();
    }

    /** Moves the clock on, so the next write has a later timestamp. */
    protected void tick(Duration duration) {
        clock.advance(duration);
    }

    /** A default active customer, stored. */
    protected Customer storedCustomer() {
        return CustomerBuilder.aCustomer().savedIn(ports);
    }

    protected Customer stored(CustomerBuilder builder) {
        return builder.savedIn(ports);
    }
}
