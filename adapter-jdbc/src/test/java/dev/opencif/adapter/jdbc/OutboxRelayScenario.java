package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.port.out.OutboxEvent;
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

/**
 * The transactional outbox and its relay: JSON payloads, order, delivery outside any transaction, at-least-once
 * marking, one relay at a time under a lease that expires, purging of delivered events.
 */
abstract class OutboxRelayScenario {
    private MutableClock clock;
    private OpenCifPorts ports;

    protected abstract TestDatabase database();

    @BeforeEach
    void drainOutbox() {
        clock = MutableClock.standard();
        ports = database().ports(clock);
        database().adapters().unitOfWork().write(c -> PlainSql.update(c, "UPDATE outbox_relay_lease SET holder = NULL"), e -> e);
        relay(new ArrayList<>()).relayAll();
    }

    private OutboxRelay relay(List<OutboxEvent> sink) {
        return database().adapters().outboxRelay(sink::addAll);
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
        OutboxRelay relay = smallBatches.outboxRelay(delivered::addAll);

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
    void a_failed_delivery_keeps_the_whole_batch_pending_and_the_retry_carries_the_same_ids() {
        ports.events().publish(eventsOfOneCustomer(3));
        List<OutboxEvent> firstAttempt = new ArrayList<>();
        IllegalStateException broker = new IllegalStateException("broker down");
        OutboxRelay failing = database().adapters().outboxRelay(batch -> {
            firstAttempt.addAll(batch);
            throw broker;
        });

        assertThatThrownBy(failing::relayAll).isSameAs(broker);

        List<OutboxEvent> retried = new ArrayList<>();
        assertThat(relay(retried).relayAll()).isEqualTo(3);
        assertThat(retried).isEqualTo(firstAttempt);
    }

    @Test
    void delivery_holds_no_database_connection_and_no_transaction() {
        ports.events().publish(eventsOfOneCustomer(2));
        HikariDataSource pool = (HikariDataSource) database().adapters().dataSource();
        List<Integer> activeDuringDelivery = new ArrayList<>();
        List<Long> pendingSeenByOthers = new ArrayList<>();
        OutboxRelay relay = database().adapters().outboxRelay(batch -> {
            activeDuringDelivery.add(pool.getHikariPoolMXBean().getActiveConnections());
            pendingSeenByOthers.add(TestDatabase.single(database().adapters(),
                    "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL"));
        });

        assertThat(relay.relayAll()).isEqualTo(2);

        assertThat(activeDuringDelivery).containsExactly(0);
        assertThat(pendingSeenByOthers).containsExactly(2L);
        assertThat(relay.backlog()).isZero();
    }

    @Test
    void a_relay_that_died_between_delivery_and_marking_is_taken_over_when_its_lease_expires() {
        ports.events().publish(eventsOfOneCustomer(2));
        List<OutboxEvent> deliveredBeforeDying = new ArrayList<>();
        OutboxRelay dying = database().adapters().outboxRelay(batch -> {
            deliveredBeforeDying.addAll(batch);
            throw new IllegalStateException("the process is killed before it marks the batch");
        });
        assertThatThrownBy(dying::relayBatch).isInstanceOf(IllegalStateException.class);
        List<OutboxEvent> takenOver = new ArrayList<>();
        OutboxRelay successor = relay(takenOver);

        assertThat(successor.relayAll()).as("the dead relay's lease still runs").isZero();
        clock.advance(JdbcOptions.DEFAULT_OUTBOX_LEASE.plusSeconds(1));
        assertThat(successor.relayAll()).isEqualTo(2);

        assertThat(takenOver).isEqualTo(deliveredBeforeDying);
    }

    @Test
    void delivered_events_older_than_the_retention_are_purged_and_pending_ones_never() {
        List<OutboxEvent> delivered = new ArrayList<>();
        OutboxRelay relay = relay(delivered);
        ports.events().publish(eventsOfOneCustomer(2));
        relay.relayAll();
        ports.events().publish(eventsOfOneCustomer(1));
        clock.advance(JdbcOptions.DEFAULT_OUTBOX_RETENTION.minusHours(1));
        relay.relayAll();
        relay.purge();
        assertThat(stored(delivered)).as("all still within the retention").isEqualTo(3);

        clock.advance(java.time.Duration.ofHours(2));
        ports.events().publish(eventsOfOneCustomer(1));
        relay.purge();

        assertThat(stored(delivered.subList(0, 2))).as("delivered more than the retention ago").isZero();
        assertThat(stored(delivered.subList(2, 3))).as("delivered within the retention").isEqualTo(1);
        assertThat(relay.backlog()).as("pending, however old").isEqualTo(1);
    }

    /** How many of {@code events} are still in the outbox table. */
    private long stored(List<OutboxEvent> events) {
        Object[] ids = events.stream().map(OutboxEvent::id).toArray();
        return TestDatabase.single(database().adapters(), "SELECT COUNT(*) FROM outbox_event WHERE id IN ("
                + "?, ".repeat(ids.length - 1) + "?)", ids);
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
        OutboxRelay firstRelay = database().adapters().outboxRelay(batch -> {
            if (first.isEmpty()) {
                secondRelayDuringFirst.add(CompletableFuture.supplyAsync(secondRelay::relayAll).join());
            }
            first.addAll(batch);
        });

        assertThat(CompletableFuture.supplyAsync(firstRelay::relayAll).get(30, TimeUnit.SECONDS)).isEqualTo(3);

        assertThat(secondRelayDuringFirst).containsExactly(0);
        assertThat(second).isEmpty();
        assertThat(secondRelay.relayAll()).as("the first relay gave its lease up at the end of its round").isZero();
        ports.events().publish(eventsOfOneCustomer(1));
        assertThat(secondRelay.relayAll()).isEqualTo(1);
    }
}
