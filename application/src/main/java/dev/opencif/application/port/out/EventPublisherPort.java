package dev.opencif.application.port.out;

import dev.opencif.domain.shared.DomainEvent;
import java.util.List;

/**
 * Publishes domain events. Called inside the unit of work of the change: a transactional outbox
 * stores them with the change, and a relay delivers them in order, at least once.
 */
public interface EventPublisherPort {

    void publish(List<? extends DomainEvent> events);
}
