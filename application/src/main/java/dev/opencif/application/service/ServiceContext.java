package dev.opencif.application.service;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.interaction.InteractionId;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every service shares: the outbound ports, the validator, the customer resolver, and the
 * helpers to run a unit of work, publish events and log interactions.
 */
public final class ServiceContext {
    private final OpenCifPorts ports;
    private final CommandValidator validator;
    private final CustomerAccess customers;

    public ServiceContext(OpenCifPorts ports, CommandValidator validator) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.customers = new CustomerAccess(ports);
    }

    public OpenCifPorts ports() {
        return ports;
    }

    public CustomerAccess customers() {
        return customers;
    }

    public <T> T validate(T command) {
        return validator.validate(command);
    }

    public Instant now() {
        return ports.clock().instant();
    }

    /** Runs {@code work} in one unit of work: all of its writes, events and interaction entries, or none. */
    public <T> T inTransaction(Supplier<T> work) {
        return ports.unitOfWork().inTransaction(work);
    }

    public void publish(List<? extends DomainEvent> events) {
        if (!events.isEmpty()) {
            ports.events().publish(events);
        }
    }

    /** Appends a successful interaction of {@code origin} with a customer to the log. */
    public void logInteraction(Origin origin, CustomerId customer, String operation) {
        ports.interactions().append(new Interaction(InteractionId.random(), customer, origin.channel(), operation, now(),
                origin.requestId(), origin.actor(), Outcome.SUCCESS));
    }
}
