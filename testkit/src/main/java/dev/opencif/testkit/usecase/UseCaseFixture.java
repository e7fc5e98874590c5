package dev.opencif.testkit.usecase;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.service.CommandValidator;
import dev.opencif.application.service.ServiceContext;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.memory.InMemoryAdapters;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/** Everything a use-case test needs: a hand-moved clock, in-memory adapters and a service context on them. */
public final class UseCaseFixture {
    private static final ValidatorFactory VALIDATORS = Validation.buildDefaultValidatorFactory();

    private final MutableClock clock;
    private final InMemoryAdapters adapters;
    private final ServiceContext context;

    private UseCaseFixture(MutableClock clock) {
        this.clock = clock;
        this.adapters = InMemoryAdapters.create(clock);
        this.context = new ServiceContext(adapters.ports(), new CommandValidator(VALIDATORS.getValidator()));
    }

    /** A fresh fixture at {@link MutableClock#standard()} with empty stores. */
    public static UseCaseFixture create() {
        return new UseCaseFixture(MutableClock.standard());
    }

    public MutableClock clock() {
        return clock;
    }

    public InMemoryAdapters adapters() {
        return adapters;
    }

    public OpenCifPorts ports() {
        return adapters.ports();
    }

    public ServiceContext context() {
        return context;
    }
}
