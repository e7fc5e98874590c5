package dev.opencif.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one-line command of the README puts the posting on the queue as it was typed, persistent. */
class PublishPostingTest {
    @Test
    void publishes_the_posting_as_given_to_the_named_queue() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(TestQueue.BROKER);
        try (Connection connection = factory.newConnection("opencif-test"); Channel channel = connection.createChannel()) {
            String queue = channel.queueDeclare("", false, true, true, null).getQueue();
            String posting = "{\"postingId\":\"P-1\",\"accountNumber\":\"4012583760\",\"amount\":1,\"currency\":\"EUR\"}";

            PublishPosting.main(new String[] {TestQueue.BROKER, queue, posting});

            GetResponse message = channel.basicGet(queue, true);
            assertThat(message).isNotNull();
            assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).isEqualTo(posting);
            assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
        }
    }
}
