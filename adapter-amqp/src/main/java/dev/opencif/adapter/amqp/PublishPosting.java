package dev.opencif.adapter.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Connection;
import java.nio.charset.StandardCharsets;

/**
 * Publishes one posting to the bookings queue, for trying the booking feed by hand:
 * {@code java -cp server/target/opencif-server.jar dev.opencif.adapter.amqp.PublishPosting <amqp-url> <queue> '<json>'}.
 * The JSON is sent as it is (a CloudEvent or a bare posting, docs/events.md), persistent, with publisher confirms.
 */
public final class PublishPosting {
    private PublishPosting() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: PublishPosting <amqp-url> <queue> '<posting json>'");
            System.exit(2);
        }
        AmqpSettings settings = AmqpSettings.of(args[0]);
        try (Connection connection = settings.connectionFactory().newConnection("opencif-publish-posting");
             com.rabbitmq.client.Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            channel.basicPublish("", args[1], new AMQP.BasicProperties.Builder().contentType(AmqpEventDelivery.CONTENT_TYPE)
                    .deliveryMode(2).build(), args[2].getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(settings.timeout().toMillis());
        }
        System.out.println("published to " + args[1] + " on " + settings.maskedUri());
    }
}
