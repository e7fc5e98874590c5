package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.GetResponse;
import dev.opencif.adapter.amqp.TestQueue;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server with {@code --amqp-url}: an onboarding's events reach RabbitMQ (127.0.0.1:5672) as CloudEvents, once each,
 * in outbox order; events made while the broker could not be reached wait in the outbox and are published after a
 * restart. Each test binds a queue of its own to an exchange of its own, both deleted afterwards.
 */
class BrokerEventsTest {
    private static final String BROKER = TestQueue.BROKER;

    @TempDir
    Path dir;

    private TestQueue queue;
    private String exchange;
    private final String bookingsQueue = "opencif.test.bookings." + UUID.randomUUID();

    @BeforeEach
    void bindAQueue() throws Exception {
        queue = new TestQueue();
        exchange = queue.exchange();
    }

    @AfterEach
    void deleteThem() throws Exception {
        try (com.rabbitmq.client.Connection admin = adminConnection(); com.rabbitmq.client.Channel channel = admin.createChannel()) {
            channel.queueDelete(bookingsQueue);
            channel.queueDelete(bookingsQueue + ".dead");
        }
        queue.close();
    }

    private static com.rabbitmq.client.Connection adminConnection() throws Exception {
        com.rabbitmq.client.ConnectionFactory factory = new com.rabbitmq.client.ConnectionFactory();
        factory.setUri(BROKER);
        return factory.newConnection("opencif-server-test-ledger");
    }

    private ServerConfig config(String amqpUrl) throws IOException {
        ServerConfig config = E2e.config(dir);
        Path file = dir.resolve("opencif-e2e.properties");
        Files.writeString(file, "\namqp.exchange=" + exchange + "\namqp.source=urn:opencif:e2e\namqp.bookings-queue=" + bookingsQueue + "\n",
                StandardOpenOption.APPEND);
        return config.withSettings(ConfigFile.load(file)).withAmqpUrl(amqpUrl);
    }

    private static String onboard(OpenCifServer server, String legalId, String phone, String user) {
        HttpResponse<String> response = new Http(server).post("/accountService/v1/create-ekyc-account", E2e.esb(
                "{\"legalId\":\"" + legalId + "\",\"firstName\":\"Lan\",\"lastName\":\"Trần\",\"birthDate\":\"1996-02-29\","
                        + "\"phoneNumber\":\"" + phone + "\",\"email\":\"" + user + "@example.invalid\",\"username\":\"" + user + "\","
                        + "\"currency\":\"VND\",\"ekycVerifiedAt\":\"2026-01-15T15:40:00+07:00\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String cif = E2e.json(response).at("/data/cif").asText();
        HttpResponse<String> customer = new Http(server).post("/accountService/v1/get-customer-by-id",
                E2e.esb("{\"cif\":\"" + cif + "\"}"));
        return E2e.json(customer).at("/data/customerId").asText();
    }

    /** The CloudEvents on the queue about {@code subject}, waiting up to {@code wait} for at least {@code atLeast} of them. */
    private List<JsonNode> eventsAbout(String subject, int atLeast, Duration wait) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (events.size() < atLeast && System.nanoTime() < deadline) {
            for (GetResponse message : queue.take(1, Duration.ofMillis(200))) {
                JsonNode event = E2e.JSON.readTree(message.getBody());
                assertThat(message.getProps().getContentType()).isEqualTo("application/cloudevents+json");
                assertThat(message.getEnvelope().getRoutingKey()).isEqualTo(event.path("type").asText().substring("dev.opencif.".length()));
                if (event.path("subject").asText().equals(subject)) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    @Test
    void an_onboardings_events_reach_the_broker_as_cloud_events_once_each_in_outbox_order() throws Exception {
        String customer;
        try (OpenCifServer server = OpenCifServer.start(config(BROKER))) {
            customer = onboard(server, "079203004512", "0912345678", "e2e.lan");
            List<JsonNode> events = eventsAbout(customer, 1, Duration.ofSeconds(15));
            events.addAll(eventsAbout(customer, Integer.MAX_VALUE, Duration.ofSeconds(2)));

            assertThat(events).isNotEmpty();
            assertThat(events).allSatisfy(event -> {
                assertThat(event.path("specversion").asText()).isEqualTo("1.0");
                assertThat(event.path("source").asText()).isEqualTo("urn:opencif:e2e");
                assertThat(event.path("type").asText()).startsWith("dev.opencif.customer.");
                assertThat(event.path("data").isObject()).isTrue();
            });
            List<Long> ids = events.stream().map(e -> Long.parseLong(e.path("id").asText())).toList();
            assertThat(ids).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void events_made_while_the_broker_was_unreachable_wait_in_the_outbox_and_are_published_after_a_restart() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        String customer;
        try (OpenCifServer server = OpenCifServer.start(config("amqp://guest:guest@127.0.0.1:" + closedPort))) {
            customer = onboard(server, "079203004513", "0912345679", "e2e.mai");
            Thread.sleep(1500);
        }
        assertThat(eventsAbout(customer, 1, Duration.ofSeconds(1))).as("nothing can have reached the broker").isEmpty();

        try (OpenCifServer server = OpenCifServer.start(config(BROKER))) {
            assertThat(eventsAbout(customer, 1, Duration.ofSeconds(15))).isNotEmpty();
        }
    }

    @Test
    void a_posting_on_the_bookings_queue_is_booked_and_shows_in_the_esb_balance() throws Exception {
        try (OpenCifServer server = OpenCifServer.start(config(BROKER))) {
            Http http = new Http(server);
            HttpResponse<String> created = http.post("/accountService/v1/create-ekyc-account", E2e.esb(
                    "{\"legalId\":\"079203004514\",\"firstName\":\"Lan\",\"lastName\":\"Trần\",\"birthDate\":\"1996-02-29\","
                            + "\"phoneNumber\":\"0912345670\",\"email\":\"e2e.hoa@example.invalid\",\"username\":\"e2e.hoa\","
                            + "\"currency\":\"VND\",\"ekycVerifiedAt\":\"2026-01-15T15:40:00+07:00\"}"));
            String cif = E2e.json(created).at("/data/cif").asText();
            String accountNo = E2e.json(created).at("/data/accountNo").asText();
            String posting = "{\"specversion\":\"1.0\",\"id\":\"L-1\",\"source\":\"urn:core-ledger\",\"type\":\"bank.ledger.posting\","
                    + "\"data\":{\"postingId\":\"L-1\",\"accountNumber\":\"" + accountNo + "\",\"amount\":500000,\"currency\":\"VND\","
                    + "\"direction\":\"CREDIT\",\"bookingDate\":\"2026-12-01\",\"indicator\":\"SALARY\"}}";
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            try (com.rabbitmq.client.Connection ledger = adminConnection(); com.rabbitmq.client.Channel channel = ledger.createChannel()) {
                channel.queueDeclare(bookingsQueue, true, false, false, null);
                channel.basicPublish("", bookingsQueue, null, posting.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                channel.basicPublish("", bookingsQueue, null, posting.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            String balance = "0";
            while (System.nanoTime() < deadline) {
                balance = E2e.json(http.post("/accountService/v1/get-account-list", E2e.esb("{\"cif\":\"" + cif + "\"}")))
                        .at("/data/accounts/0/balance").asText();
                if (!balance.equals("0")) {
                    break;
                }
                Thread.sleep(100);
            }
            Thread.sleep(500);
            assertThat(E2e.json(http.post("/accountService/v1/get-account-list", E2e.esb("{\"cif\":\"" + cif + "\"}")))
                    .at("/data/accounts/0/balance").decimalValue()).as("the second delivery is not booked again").isEqualByComparingTo("500000");
        }
    }
}
