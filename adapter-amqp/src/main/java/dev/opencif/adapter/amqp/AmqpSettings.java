package dev.opencif.adapter.amqp;

import com.rabbitmq.client.ConnectionFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where events go: the broker ({@code amqp://user:password@host:5672/vhost}), the topic exchange (default
 * {@code opencif.events}), the CloudEvents {@code source} naming this OpenCIF instance, and how long a connection
 * attempt or a batch's confirms may take. {@link #toString()} never prints the password.
 */
public record AmqpSettings(String uri, String exchange, URI source, Duration timeout) {
    public static final String DEFAULT_EXCHANGE = "opencif.events";
    public static final URI DEFAULT_SOURCE = URI.create("urn:opencif:server");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    public AmqpSettings {
        Objects.requireNonNull(uri, "uri");
        if (!uri.startsWith("amqp://") && !uri.startsWith("amqps://")) {
            throw new IllegalArgumentException("amqp url must start with amqp:// or amqps://");
        }
        requireName("exchange", exchange);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("amqp timeout must be between 1 ms and 5 minutes");
        }
    }

    /** Refuses an exchange or queue name that is not 1 to 200 letters, digits, '.', '_', ':' or '-'. */
    static String requireName(String what, String name) {
        Objects.requireNonNull(name, what);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("amqp " + what + " must be 1 to 200 letters, digits, '.', '_', ':' or '-'");
        }
        return name;
    }

    /** A connection factory for the broker, connecting within {@link #timeout}; recovery is the caller's choice. */
    ConnectionFactory connectionFactory() {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(uri);
        } catch (URISyntaxException | NoSuchAlgorithmException | KeyManagementException | IllegalArgumentException e) {
            throw new IllegalArgumentException("amqp url is not an amqp:// or amqps:// URI with host, port, user and password", e);
        }
        factory.setConnectionTimeout((int) timeout.toMillis());
        factory.setHandshakeTimeout((int) timeout.toMillis());
        return factory;
    }

    /** The broker at {@code uri} with the default exchange, source and timeout. */
    public static AmqpSettings of(String uri) {
        return new AmqpSettings(uri, DEFAULT_EXCHANGE, DEFAULT_SOURCE, DEFAULT_TIMEOUT);
    }

    public AmqpSettings withExchange(String value) {
        return new AmqpSettings(uri, value, source, timeout);
    }

    public AmqpSettings withSource(URI value) {
        return new AmqpSettings(uri, exchange, value, timeout);
    }

    public AmqpSettings withTimeout(Duration value) {
        return new AmqpSettings(uri, exchange, source, value);
    }

    /** The broker URI with its password, if any, as {@code ***}. */
    public String maskedUri() {
        return uri.replaceAll("(amqps?://[^:/@]*:)[^@]*@", "$1***@");
    }

    @Override
    public String toString() {
        return "AmqpSettings[uri=" + maskedUri() + ", exchange=" + exchange + ", source=" + source + ", timeout=" + timeout + "]";
    }
}
