package dev.opencif.adapter.amqp;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * A test's own topic exchange on the local RabbitMQ (127.0.0.1:5672, guest/guest) with an exclusive queue bound to
 * every routing key; {@link #close()} deletes both. Shared with the server's tests through this module's test jar.
 */
public final class TestQueue implements AutoCloseable {
    public static final String BROKER = "amqp://guest:guest@127.0.0.1:5672";

    private final String exchange = "opencif.test." + UUID.randomUUID();
    private final Connection connection;
    private final Channel channel;
    private final String queue;

    public TestQueue() throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(BROKER);
        } catch (Exception e) {
            throw new IllegalStateException("bad broker URI " + BROKER, e);
        }
        connection = factory.newConnection("opencif-test");
        channel = connection.createChannel();
        channel.exchangeDeclare(exchange, "topic", true);
        queue = channel.queueDeclare("", false, true, true, null).getQueue();
        channel.queueBind(queue, exchange, "#");
    }

    public String exchange() {
        return exchange;
    }

    /** The messages on the queue, acknowledged, waiting up to {@code wait} for at least {@code atLeast} of them. */
    public List<GetResponse> take(int atLeast, Duration wait) throws IOException, InterruptedException {
        List<GetResponse> messages = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (messages.size() < atLeast && System.nanoTime() < deadline) {
            GetResponse message = channel.basicGet(queue, true);
            if (message == null) {
                Thread.sleep(20);
            } else {
                messages.add(message);
            }
        }
        return messages;
    }

    @Override
    public void close() throws IOException, TimeoutException {
        channel.exchangeDelete(exchange);
        connection.close();
    }
}
