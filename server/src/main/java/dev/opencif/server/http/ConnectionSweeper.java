package dev.opencif.server.http;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps the open HTTP/1.1 connections five times a second for two things Jetty does not do by itself (ADR 013):
 * <ul>
 * <li>closes a connection whose request line and headers have taken longer than the limit in total (Jetty's idle
 * timeout restarts with every byte, so a client trickling one header byte a second would otherwise keep a
 * connection for {@code header-size × idle-timeout});</li>
 * <li>once the server stops, closes connections idle between requests, so that a keep-alive client does not hold
 * the stop for the whole grace period while requests in flight still finish.</li>
 * </ul>
 * It reads the parser state of Jetty's {@code internal} HTTP/1.1 connection, which an upgrade may change:
 * {@code SlowClientTest} and {@code GracefulShutdownTest} fail if it stops working.
 */
final class ConnectionSweeper extends AbstractLifeCycle {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSweeper.class);
    private static final long PERIOD_MILLIS = 200;

    private final AbstractConnector connector;
    private final long maxHeaderMillis;
    private volatile Scheduler.Task task;

    ConnectionSweeper(AbstractConnector connector, long maxHeaderMillis) {
        this.connector = connector;
        this.maxHeaderMillis = maxHeaderMillis;
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task current = task;
        if (current != null) {
            current.cancel();
        }
    }

    private void schedule() {
        if (isRunning()) {
            task = connector.getScheduler().schedule(this::sweep, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void sweep() {
        try {
            boolean stopping = connector.isShutdown();
            int slow = 0;
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                if (endPoint.getConnection() instanceof HttpConnection http) {
                    HttpParser parser = http.getParser();
                    if (stopping && parser.isStart()) {
                        endPoint.close();
                        continue;
                    }
                    long begin = parser.getBeginNanoTime();
                    if (begin != 0 && parser.inHeaderState() && !parser.isStart() && NanoTime.millisSince(begin) > maxHeaderMillis) {
                        endPoint.close();
                        slow++;
                    }
                }
            }
            if (slow > 0) {
                LOG.info("closed {} connection(s) that took over {} ms to send their request headers", slow, maxHeaderMillis);
            }
        } catch (RuntimeException e) {
            LOG.warn("connection sweep failed: {}", e.getClass().getName());
        } finally {
            schedule();
        }
    }
}
