package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.EventPublisherPort} as a transactional outbox: events are kept in
 * publication order, and those published in a failed unit of work are discarded. The adapter under test exposes its
 * outbox through {@link #storedEvents()}.
 */
public abstract class EventPublisherContract extends PortContract {

    /** Everything in the outbox, in publication order. */
    protected abstract List<StoredEvent> storedEvents();

    protected List<StoredEvent> storedEventsOf(String aggregateId) {
        return storedEvents().stream().filter(e -> e.aggregateId().equals(aggregateId)).toList();
    }

    private List<DomainEvent> eventsOfANewCustomer(Customer customer) {
        List<DomainEvent> events = new ArrayList<>(customer.pullEvents());
        customer.changeDetails(CustomerChanges.none().withName(new PersonName("Mai", "Nguyen", null)), now());
        customer.changeStatus(CustomerStatus.BLOCKED, now());
        events.addAll(customer.pullEvents());
        return events;
    }

    @Test
    public void keeps_published_events_in_publication_order() {
        Customer customer = CustomerBuilder.aCustomer().build(clock);
        List<DomainEvent> events = eventsOfANewCustomer(customer);

        ports.events().publish(events.subList(0, 1));
        ports.events().publish(events.subList(1, events.size()));

        assertThat(storedEventsOf(customer.id().toString()))
                .containsExactlyElementsOf(events.stream().map(StoredEvent::of).toList());
    }

    @Test
    public void publishing_nothing_stores_nothing() {
        int before = storedEvents().size();

        ports.events().publish(List.of());

        assertThat(storedEvents()).hasSize(before);
    }

    @Test
    public void events_published_in_a_failed_unit_of_work_are_discarded() {
        Customer customer = CustomerBuilder.aCustomer().build(clock);
        List<DomainEvent> events = eventsOfANewCustomer(customer);

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.events().publish(events);
            throw new IllegalStateException("fails after publishing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storedEventsOf(customer.id().toString())).isEmpty();
    }

    @Test
    public void events_published_in_a_successful_unit_of_work_are_kept() {
        Customer customer = CustomerBuilder.aCustomer().build(clock);
        List<DomainEvent> events = eventsOfANewCustomer(customer);

        ports.unitOfWork().inTransaction(() -> {
            ports.events().publish(events);
            return null;
        });

        assertThat(storedEventsOf(customer.id().toString())).hasSize(events.size());
    }
}
