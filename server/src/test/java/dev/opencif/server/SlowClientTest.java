package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.server.http.HttpLimits;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that trickle their request a byte a second hold a connection, never a thread or a request slot: while 50
 * slow-header and 10 slow-body connections are held, a normal client keeps getting answers, each within a second.
 * The header timeout and the minimum body data rate then close such clients long before the idle timeout would.
 */
class SlowClientTest {
    private static final String SLOW_BODY_HEAD = "POST /api/openApi/CallAction HTTP/1.1\r\nHost: opencif\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void fifty_slow_header_and_ten_slow_body_connections_do_not_slow_a_normal_client() throws Exception {
        ServerConfig config = E2e.config(dir);
        // limits that let the attackers stay for the whole test: only the transport's design protects the normal client
        HttpLimits lenient = config.limits().withTimeouts(60, 60, 60).withMinDataRate(0);
        try (OpenCifServer server = OpenCifServer.start(config.withLimits(lenient));
             Attackers attackers = new Attackers(server.port())) {
            for (int i = 0; i < 50; i++) {
                attackers.open("GET /health HTTP/1.1\r\nHost: opencif\r\nX-Slow-" + i + ": ", "0123456789abcdefghijklmnopqrstuvwxyz");
            }
            for (int i = 0; i < 10; i++) {
                attackers.open(SLOW_BODY_HEAD, "{".repeat(100));
            }
            Http http = new Http(server);
            List<Long> millis = new ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                long started = System.nanoTime();
                HttpResponse<String> health = http.get("/health");
                HttpResponse<String> lookup = http.post("/accountService/v1/get-customer-by-id", E2e.esb("{\"cif\":\"1999999999\"}"));
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(lookup.body()).contains("\"resultCode\"");
                Thread.sleep(100);
            }
            System.out.printf("slow clients: %d normal round trips while 60 slow connections were held, slowest %d ms%n",
                    millis.size(), millis.stream().mapToLong(Long::longValue).max().orElse(-1));
            assertThat(attackers.stillOpen()).as("attackers held their connections for the whole test").isEqualTo(60);
            assertThat(millis).as("each normal round trip (health + ESB lookup), ms").allMatch(ms -> ms < 1000).hasSizeGreaterThan(20);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void the_header_timeout_and_the_minimum_data_rate_close_trickling_clients() throws Exception {
        ServerConfig config = E2e.config(dir);
        HttpLimits strict = config.limits().withTimeouts(30, 30, 2).withMinDataRate(200);
        try (OpenCifServer server = OpenCifServer.start(config.withLimits(strict))) {
            long started = System.nanoTime();
            try (RawHttp slowHeaders = new RawHttp(server.port()); RawHttp slowBody = new RawHttp(server.port())) {
                slowHeaders.send("GET /health HTTP/1.1\r\nHost: opencif\r\nX-Slow: ");
                slowBody.send(SLOW_BODY_HEAD + "{");
                boolean headersClosed = false;
                RawHttp.Reply bodyReply = null;
                for (int second = 0; second < 8 && (!headersClosed || bodyReply == null); second++) {
                    Thread.sleep(1000);
                    if (!headersClosed) {
                        try {
                            slowHeaders.send("a");
                            headersClosed = slowHeaders.peek() == -1;
                        } catch (IOException e) {
                            headersClosed = true;
                        }
                    }
                    if (bodyReply == null) {
                        int next = slowBody.peek();
                        assertThat(next).as("the slow body is answered, not just cut").isNotEqualTo(-1);
                        if (next >= 0) {
                            bodyReply = slowBody.read();
                        } else {
                            slowBody.send("\"");
                        }
                    }
                }
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                assertThat(headersClosed).as("slow headers closed by the 2 s header timeout").isTrue();
                assertThat(bodyReply).as("slow body answered").isNotNull();
                assertThat(bodyReply.status()).isEqualTo(408);
                assertThat(bodyReply.body()).as("callAction's own failure format").contains("\"IsSuccess\":false", "REQUEST_TIMEOUT");
                assertThat(seconds).as("both gone well before the 30 s idle timeout").isLessThan(10);
            }
            assertThat(new Http(server).get("/health").statusCode()).isEqualTo(200);
        }
    }

    /** Connections that each send their head, then one more byte a second from a scheduler thread. */
    private static final class Attackers implements AutoCloseable {
        private final int port;
        private final List<RawHttp> connections = new ArrayList<>();
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        private volatile int broken;

        Attackers(int port) {
            this.port = port;
        }

        void open(String head, String trickle) throws IOException {
            RawHttp connection = new RawHttp(port);
            connection.send(head);
            connections.add(connection);
            int[] next = {0};
            ticker.scheduleAtFixedRate(() -> {
                try {
                    connection.send(String.valueOf(trickle.charAt(next[0]++ % trickle.length())));
                } catch (IOException e) {
                    broken++;
                    throw new IllegalStateException("connection closed", e);
                }
            }, 1, 1, TimeUnit.SECONDS);
        }

        int stillOpen() {
            return connections.size() - broken;
        }

        @Override
        public void close() throws IOException {
            ticker.shutdownNow();
            for (RawHttp connection : connections) {
                connection.close();
            }
        }
    }
}
