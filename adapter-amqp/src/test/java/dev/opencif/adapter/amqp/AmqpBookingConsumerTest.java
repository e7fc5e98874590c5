package dev.opencif.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import dev.opencif.application.OpenCif;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.customer.Customer;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.memory.InMemoryAdapters;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bookings from the core ledger through the real broker into an in-memory OpenCIF, on a queue of this test's own
 * (deleted afterwards): applied once per posting id, a poison message dead-lettered with its reason without blocking
 * the next good one.
 */
class AmqpBookingConsumerTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    private final OpenCif opencif = OpenCif.builder().ports(adapters.ports()).build();
    private final String queue = "opencif.test.bookings." + UUID.randomUUID();
    private AmqpBookingConsumer consumer;
    private Connection connection;
    private Channel channel;
    private AccountState account;

    @BeforeEach
    void start() throws Exception {
        Customer customer = CustomerBuilder.aCustomer().savedIn(adapters.ports());
        account = adapters.ports().saveAccount().save(AccountBuilder.anAccount().ownedBy(customer).build(clock)).state();
        consumer = new AmqpBookingConsumer(AmqpSettings.of(TestQueue.BROKER), queue, opencif.bookLedgerPosting());
        consumer.start();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(TestQueue.BROKER);
        connection = factory.newConnection("opencif-test-ledger");
        channel = connection.createChannel();
    }

    @AfterEach
    void stop() throws Exception {
        consumer.close();
        channel.queueDelete(queue);
        channel.queueDelete(consumer.deadLetterQueue());
        connection.close();
    }

    private void publish(String body) throws Exception {
        channel.basicPublish("", queue, new AMQP.BasicProperties.Builder().contentType("application/cloudevents+json")
                .deliveryMode(2).build(), body.getBytes(StandardCharsets.UTF_8));
    }

    private String posting(String postingId, String account, String amount) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + postingId + "\",\"source\":\"urn:core-ledger\","
                + "\"type\":\"bank.ledger.posting\",\"datacontenttype\":\"application/json\",\"data\":{\"postingId\":\"" + postingId
                + "\",\"accountNumber\":\"" + account + "\",\"amount\":" + amount + ",\"currency\":\"" + this.account.asset().code().value()
                + "\",\"direction\":\"CREDIT\",\"bookingDate\":\"2026-12-01\",\"valueDate\":\"2026-12-01\",\"fee\":null,"
                + "\"counterparty\":\"Employer SRL\",\"indicator\":\"SALARY\"}}";
    }

    private BigDecimal balance() {
        return adapters.ports().loadAccount().findById(account.id()).orElseThrow().state().balance().amount();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("within 10 s").isTrue();
    }

    @Test
    void the_same_posting_delivered_twice_is_booked_once() throws Exception {
        publish(posting("P-1", account.number().value(), "1500"));
        publish(posting("P-1", account.number().value(), "1500"));
        publish(posting("P-2", account.number().value(), "25"));

        await(() -> adapters.ports().transactions().findByExternalRef("P-2").isPresent());
        assertThat(balance()).isEqualByComparingTo("1525");
        assertThat(adapters.ports().transactions().findByCustomer(account.customerId(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
                .hasSize(2);
    }

    @Test
    void a_poison_message_goes_to_the_dead_letter_queue_with_its_reason_and_the_next_good_one_is_still_booked() throws Exception {
        publish("this is not JSON");
        publish(posting("P-9", "4012999999", "10"));
        publish(posting("P-10", account.number().value(), "10").replace("\"CREDIT\"", "\"SIDEWAYS\""));
        publish(posting("P-11", account.number().value(), "42"));

        await(() -> adapters.ports().transactions().findByExternalRef("P-11").isPresent());
        assertThat(balance()).isEqualByComparingTo("42");
        List<GetResponse> dead = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (dead.size() < 3 && System.nanoTime() < deadline) {
            GetResponse message = channel.basicGet(consumer.deadLetterQueue(), true);
            if (message == null) {
                Thread.sleep(20);
            } else {
                dead.add(message);
            }
        }
        assertThat(dead).extracting(m -> m.getProps().getHeaders().get(AmqpBookingConsumer.REASON_HEADER).toString())
                .containsExactly("not JSON", "NotFoundException: Account not found: of the posting", "direction: must be CREDIT or DEBIT");
        assertThat(new String(dead.get(0).getBody(), StandardCharsets.UTF_8)).isEqualTo("this is not JSON");
    }
}
