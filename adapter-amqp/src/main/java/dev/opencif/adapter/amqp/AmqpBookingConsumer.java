package dev.opencif.adapter.amqp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Delivery;
import dev.opencif.application.port.in.product.BookLedgerPostingCommand;
import dev.opencif.application.port.in.product.BookLedgerPostingUseCase;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core ledger's postings from a durable queue (default {@code opencif.bookings}), as CloudEvents JSON whose
 * {@code data} is a posting (docs/events.md, "Bookings in"). Each is booked through {@link BookLedgerPostingUseCase} —
 * once per {@code postingId}, in one unit of work with its balance effect — and only then acknowledged. A message that
 * can never be booked (not JSON, a field missing or wrong, an unknown account, another currency) is moved to
 * {@code <queue>.dead} with the reason in the {@value #REASON_HEADER} header and acknowledged, so it neither blocks the
 * queue nor is lost; a failure that may pass (the database unreachable) puts the message back for another try.
 */
public final class AmqpBookingConsumer implements AutoCloseable {
    public static final String DEFAULT_QUEUE = "opencif.bookings";
    public static final String REASON_HEADER = "x-opencif-reason";

    private static final Logger LOG = LoggerFactory.getLogger(AmqpBookingConsumer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The channel bookings are recorded under. */
    private static final dev.opencif.domain.shared.Channel LEDGER = dev.opencif.domain.shared.Channel.of("LEDGER");

    private final AmqpSettings settings;
    private final String queue;
    private final BookLedgerPostingUseCase bookings;
    private Connection connection;

    public AmqpBookingConsumer(AmqpSettings settings, String queue, BookLedgerPostingUseCase bookings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.queue = AmqpSettings.requireName("bookings queue", queue);
        this.bookings = Objects.requireNonNull(bookings, "bookings");
    }

    /** The queue of messages that could not be booked. */
    public String deadLetterQueue() {
        return queue + ".dead";
    }

    /** Declares the queues and starts consuming; the client reconnects and consumes again after a broken connection. */
    public synchronized void start() throws IOException, TimeoutException {
        ConnectionFactory factory = settings.connectionFactory();
        factory.setAutomaticRecoveryEnabled(true);
        factory.setNetworkRecoveryInterval(2000);
        connection = factory.newConnection("opencif-bookings");
        com.rabbitmq.client.Channel channel = connection.createChannel();
        channel.queueDeclare(queue, true, false, false, null);
        channel.queueDeclare(deadLetterQueue(), true, false, false, null);
        channel.basicQos(16);
        channel.basicConsume(queue, false, "opencif-bookings", (tag, message) -> handle(channel, message), tag -> { });
        LOG.info("consuming bookings from {}", queue);
    }

    private void handle(com.rabbitmq.client.Channel channel, Delivery message) throws IOException {
        long tag = message.getEnvelope().getDeliveryTag();
        String reason;
        try {
            bookings.book(posting(message.getBody()));
            channel.basicAck(tag, false);
            return;
        } catch (PostingException e) {
            reason = e.getMessage();
        } catch (OpenCifException e) {
            reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            LOG.warn("a booking could not be applied now ({}), it goes back to the queue", e.getClass().getName());
            channel.basicNack(tag, false, true);
            return;
        }
        Map<String, Object> headers = new HashMap<>();
        if (message.getProperties().getHeaders() != null) {
            headers.putAll(message.getProperties().getHeaders());
        }
        headers.put(REASON_HEADER, reason.length() > 500 ? reason.substring(0, 500) : reason);
        AMQP.BasicProperties properties = message.getProperties().builder().headers(headers).deliveryMode(2).build();
        channel.basicPublish("", deadLetterQueue(), properties, message.getBody());
        channel.basicAck(tag, false);
        LOG.warn("a booking was moved to {}: {}", deadLetterQueue(), reason);
    }

    /** The posting in a CloudEvent's {@code data} (or a bare posting object). */
    static BookLedgerPostingCommand posting(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new PostingException("not JSON");
        }
        JsonNode data = root != null && root.has("data") ? root.get("data") : root;
        if (data == null || !data.isObject()) {
            throw new PostingException("data: must be a JSON object");
        }
        String postingId = text(data, "postingId", true);
        String account = data.hasNonNull("iban") ? text(data, "iban", true) : text(data, "accountNumber", true);
        BigDecimal amount = decimal(data, "amount", true);
        String currency = text(data, "currency", true);
        Direction direction = switch (text(data, "direction", true).toUpperCase(Locale.ROOT)) {
            case "CREDIT", "INCOMING", "IN" -> Direction.INCOMING;
            case "DEBIT", "OUTGOING", "OUT" -> Direction.OUTGOING;
            default -> throw new PostingException("direction: must be CREDIT or DEBIT");
        };
        Instant bookedAt = instant(data);
        BigDecimal fee = decimal(data, "fee", false);
        String indicator = text(data, "indicator", false);
        Scope scope = data.hasNonNull("scope") ? scope(text(data, "scope", true)) : null;
        Origin origin = new Origin(LEDGER, postingId.length() > 100 ? null : postingId, "core-ledger");
        return new BookLedgerPostingCommand(origin, postingId, account, amount, currency, direction, bookedAt, fee, indicator, scope);
    }

    private static Scope scope(String value) {
        try {
            return Scope.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PostingException("scope: must be INTER or INTRA");
        }
    }

    private static Instant instant(JsonNode data) {
        try {
            if (data.hasNonNull("bookedAt")) {
                return Instant.parse(text(data, "bookedAt", true));
            }
            return LocalDate.parse(text(data, "bookingDate", true)).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new PostingException("bookingDate: must be an ISO date such as 2026-12-02 (or bookedAt an instant)");
        }
    }

    private static String text(JsonNode data, String field, boolean required) {
        JsonNode node = data.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                throw new PostingException(field + ": is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new PostingException(field + ": must be text");
        }
        return node.asText().strip();
    }

    private static BigDecimal decimal(JsonNode data, String field, boolean required) {
        JsonNode node = data.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new PostingException(field + ": is required");
            }
            return null;
        }
        try {
            BigDecimal value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().strip());
            if (value.signum() < 0 || value.precision() - value.scale() > 30 || value.scale() > 8) {
                throw new PostingException(field + ": must be a positive amount with at most 8 decimals");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new PostingException(field + ": must be a decimal number");
        }
    }

    /** A message that is not a posting; its message is the reason given in the dead-letter queue. */
    static final class PostingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PostingException(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close(2000);
            } catch (IOException | RuntimeException e) {
                connection.abort(1000);
            }
            connection = null;
        }
    }
}
