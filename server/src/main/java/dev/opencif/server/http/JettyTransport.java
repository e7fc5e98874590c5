package dev.opencif.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opencif.application.port.in.system.CheckHealthUseCase;
import dev.opencif.dialect.DialectHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The bundled server's HTTP transport: Eclipse Jetty 12 (core API, no servlets) serving the mounted dialects with
 * every {@link HttpLimits} in force. The handler chain, outermost first:
 * {@link StoppingGate} (graceful stop) → minimum body data rate → {@link BodyBuffering} (body read without a thread)
 * → {@link OverloadGuard} (slots, queue, 503) → {@link DialectRouter} (dialects, health, index). Selector threads
 * only parse; every handler that blocks runs on the pool. See ADR 013.
 */
public final class JettyTransport implements AutoCloseable {
    /** Threads the pool needs besides request handling: acceptor, selectors, reserved threads and the scheduler's spare. */
    private static final int OVERHEAD_THREADS = 8;

    private final Server server;
    private final ServerConnector connector;
    private final StoppingGate gate;

    private JettyTransport(Server server, ServerConnector connector, StoppingGate gate) {
        this.server = server;
        this.connector = connector;
        this.gate = gate;
    }

    /**
     * Starts listening on {@code host:port} (0 = any free port).
     *
     * @param index the JSON {@code GET /} answers
     */
    public static JettyTransport start(String host, int port, HttpLimits limits, List<DialectHandler> handlers,
                                       CheckHealthUseCase health, ObjectNode index) {
        MountedDialects dialects = new MountedDialects(handlers);
        QueuedThreadPool pool = new QueuedThreadPool(limits.threads() + OVERHEAD_THREADS, Math.min(8, limits.threads()));
        pool.setName("opencif-http");
        Server server = new Server(pool);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setIdleTimeout(limits.requestTimeoutSeconds() * 1000L);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeoutSeconds() * 1000L);
        connector.setAcceptQueueSize(256);
        connector.setShutdownIdleTimeout(Math.max(1000L, limits.shutdownGraceSeconds() * 1000L));
        connector.addBean(new ConnectionSweeper(connector, limits.headerTimeoutSeconds() * 1000L));
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));

        DialectRouter router = new DialectRouter(dialects, health, index);
        OverloadGuard overload = new OverloadGuard(router, limits.maxRequests(), limits.queueSize(),
                Duration.ofSeconds(limits.queueWaitSeconds()), dialects);
        BodyBuffering body = new BodyBuffering(overload, limits.maxBodyBytes(), dialects);
        MinimumDataRateHandler dataRate = new MinimumDataRateHandler(body, limits.minDataRate(), 0);
        StoppingGate gate = new StoppingGate(dataRate, dialects);
        server.setHandler(gate);
        server.setErrorHandler(new DialectErrorHandler(dialects, limits.maxBodyBytes()));
        // the stop budget: the grace period for requests in flight, plus a second for connections to close
        server.setStopTimeout(limits.shutdownGraceSeconds() * 1000L + 1000L);
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("cannot start the HTTP server: " + e.getMessage(), e);
        }
        return new JettyTransport(server, connector, gate);
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Requests being handled right now (including those waiting for a slot). */
    public long inFlight() {
        return gate.getCurrentRequestCount();
    }

    /**
     * Stops accepting, answers requests arriving on open connections with 503, waits up to the grace period for
     * requests in flight, then closes every connection.
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP server did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // the start already failed; that failure is the one reported
        }
    }
}
