package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.testkit.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transactional outbox and its relay: JSON payloads, order, at-least-once marking, one relay at a time. */
abstract class OutboxRelayScenario {
    private MutableClock clock;
    private OpenCifPorts ports;

    protected abstract TestDatabase database();

    @BeforeEach
    void drainOutbox() {
        clock = MutableClock.standard();
        ports = database().ports(clock);
        relay(new ArrayList<>()).relayAll();
    }

    private OutboxRelay relay(List<OutboxEvent> sink) {
        return database().adapters().outboxRelay(sink::add);
    }

    private List<DomainEvent> eventsOfOneCustomer(int count) {
        CustomerId id = CustomerId.random();
        List<DomainEvent> events = new ArrayList<>();
        events.add(new CustomerEvent.Onboarded(id, new CustomerNumber(5035232723L), CustomerStatus.PROSPECT, clock.instant()));
        for (int i = 1; i < count; i++) {
            events.add(new CustomerEvent.DetailsChanged(id, Set.of("name"), clock.instant().plusSeconds(i)));
        }
        return events;
    }

    @Test
    void stores_each_event_with_type_aggregate_time_and_a_json_payload() throws Exception {
        DomainEvent onboarded = eventsOfOneCustomer(1).get(0);
        ports.events().publish(List.of(onboarded));
        List<OutboxEvent> delivered = new ArrayList<>();

        relay(delivered).relayAll();

        assertThat(delivered).hasSize(1);
        OutboxEvent event = delivered.get(0);
        assertThat(event.type()).isEqualTo("CustomerOnboarded");
        assertThat(event.aggregateType()).isEqualTo("Customer");
        assertThat(event.aggregateId()).isEqualTo(onboarded.aggregateId());
        assertThat(event.occurredAt()).isEqualTo(clock.instant());
        JsonNode payload = new ObjectMapper().readTree(event.payload());
        assertThat(payload.get("customerId").asText()).isEqualTo(onboarded.aggregateId());
        assertThat(payload.get("number").asLong()).isEqualTo(5035232723L);
        assertThat(payload.get("status").asText()).isEqualTo("PROSPECT");
        assertThat(payload.get("occurredAt").asText()).isEqualTo("2026-01-15T09:00:00Z");
    }

    @Test
    void delivers_pending_events_in_outbox_order_across_batches_and_only_once() {
        List<DomainEvent> events = eventsOfOneCustomer(5);
        ports.events().publish(events.subList(0, 2));
        ports.unitOfWork().inTransaction(() -> {
            ports.events().publish(events.subList(2, 5));
            return null;
        });
        JdbcAdapters smallBatches = JdbcAdapters.create(database().adapters().dataSource(), clock,
                JdbcOptions.defaults().withMigrate(false).withOutboxBatchSize(2));
        List<OutboxEvent> delivered = new ArrayList<>();
        OutboxRelay relay = smallBatches.outboxRelay(delivered::add);

        assertThat(relay.relayBatch()).isEqualTo(2);
        assertThat(relay.relayAll()).isEqualTo(3);
        assertThat(relay.relayAll()).isZero();

        assertThat(delivered).extracting(OutboxEvent::type)
                .containsExactlyElementsOf(events.stream().map(DomainEvent::type).toList());
        assertThat(delivered).extracting(OutboxEvent::id).isSorted().doesNotHaveDuplicates();
        assertThat(delivered).extracting(OutboxEvent::occurredAt)
                .containsExactlyElementsOf(events.stream().map(DomainEvent::occurredAt).toList());
    }

    @Test
    void a_failing_consumer_keeps_the_failed_event_and_those_after_it_pending() {
        ports.events().publish(eventsOfOneCustomer(3));
        List<OutboxEvent> firstAttempt = new ArrayList<>();
        IllegalStateException broker = new IllegalStateException("broker down");
        OutboxRelay failing = database().adapters().outboxRelay(e -> {
            if (firstAttempt.size() == 1) {
                throw broker;
            }
            firstAttempt.add(e);
        });

        assertThatThrownBy(failing::relayBatch).isSameAs(broker);

        List<OutboxEvent> retried = new ArrayList<>();
        assertThat(relay(retried).relayAll()).isEqualTo(2);
        assertThat(retried).extracting(OutboxEvent::id).allMatch(id -> id > firstAttempt.get(0).id());
    }

    @Test
    void events_of_a_rolled_back_unit_of_work_are_never_delivered() {
        List<DomainEvent> events = eventsOfOneCustomer(2);

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.events().publish(events);
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(relay(new ArrayList<>()).relayAll()).isZero();
    }

    @Test
    void a_second_relay_skips_the_round_while_the_first_holds_the_lease() throws Exception {
        ports.events().publish(eventsOfOneCustomer(3));
        List<OutboxEvent> second = new ArrayList<>();
        OutboxRelay secondRelay = relay(second);
        List<Integer> secondRelayDuringFirst = new ArrayList<>();
        List<OutboxEvent> first = new ArrayList<>();
        OutboxRelay firstRelay = database().adapters().outboxRelay(e -> {
            if (first.isEmpty()) {
                secondRelayDuringFirst.add(CompletableFuture.supplyAsync(secondRelay::relayAll).join());
            }
            first.add(e);
        });

        assertThat(CompletableFuture.supplyAsync(firstRelay::relayAll).get(30, TimeUnit.SECONDS)).isEqualTo(3);

        assertThat(secondRelayDuringFirst).containsExactly(0);
        assertThat(second).isEmpty();
        assertThat(secondRelay.relayAll()).isZero();
    }
}
