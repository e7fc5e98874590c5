package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.testkit.builder.UniqueValues;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM under load, to the real server in a child JVM: requests in flight finish with their normal answers; a
 * request that arrives on an open connection after the stop began is turned away unprocessed with 503 and
 * {@code Retry-After} in the dialect's format (ESB result code 16), never a 500; new connections are refused; and the
 * server closes its database and exits (the log says so, without a failure).
 */
class GracefulStopUnderLoadTest {
    private static final int CLIENTS = 8;

    @TempDir
    Path dir;

    /** One answered request: when it was sent and answered (nanoTime), its status and whether its body says success. */
    private record Answer(long sentAt, long answeredAt, int status, boolean success, String body) {
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void sigterm_under_load_finishes_requests_in_flight_and_turns_later_ones_away_unprocessed() throws Exception {
        E2e.config(dir);
        List<String> args = List.of("--config", dir.resolve("opencif-e2e.properties").toString(),
                "--data-dir", dir.resolve("data").toString(), "--shutdown-grace", "10");
        try (ChildServer child = ChildServer.start(args)) {
            URI base = URI.create("http://127.0.0.1:" + child.port());
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            List<String> cifs = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String legalId = UniqueValues.vietnameseId().value();
                String user = "stop." + legalId.substring(3);
                HttpResponse<String> created = send(client, base, "/accountService/v1/create-ekyc-account", E2e.esb("{\"legalId\":\""
                        + legalId + "\",\"firstName\":\"Lan\",\"lastName\":\"Tran\",\"birthDate\":\"1996-02-29\",\"phoneNumber\":\"09"
                        + legalId.substring(4) + "\",\"username\":\"" + user + "\",\"currency\":\"VND\"}"));
                JsonNode body = E2e.JSON.readTree(created.body());
                assertThat(body.at("/header/resultCode").asText()).as(created.body()).isEqualTo("00");
                cifs.add(body.at("/data/cif").asText());
            }
            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> refusedAt = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                String cif = cifs.get(c);
                boolean opener = c % 2 == 0;
                pool.submit(() -> {
                    while (running.get()) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> response = opener
                                    ? send(client, base, "/accountService/v1/create-current-account",
                                            E2e.esb("{\"cif\":\"" + cif + "\",\"currency\":\"VND\"}"))
                                    : send(client, base, "/accountService/v1/get-customer-by-id", E2e.esb("{\"cif\":\"" + cif + "\"}"));
                            answers.add(new Answer(sent, System.nanoTime(), response.statusCode(),
                                    response.body().contains("\"resultCode\":\"00\""), response.body()));
                        } catch (IOException e) {
                            refusedAt.add(System.nanoTime());
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(1500);
            long sigterm = System.nanoTime();
            child.terminate();
            boolean newConnectionRefused = false;
            long refusedDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!newConnectionRefused && System.nanoTime() < refusedDeadline) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", child.port()), 500);
                    Thread.sleep(20);
                } catch (ConnectException e) {
                    newConnectionRefused = true;
                }
            }
            int exit = child.awaitExit();
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            List<Answer> all = List.copyOf(answers);
            List<Answer> inFlightAtSigterm = all.stream().filter(a -> a.sentAt() < sigterm && a.answeredAt() > sigterm).toList();
            System.out.printf("graceful stop: %d answers (%d in flight at SIGTERM, %d turned away with 503), %d requests refused or cut"
                    + " after it, exit code %d%n", all.size(), inFlightAtSigterm.size(), all.stream().filter(a -> a.status() == 503).count(),
                    refusedAt.size(), exit);
            List<Answer> turnedAway = all.stream().filter(a -> a.status() == 503).toList();
            assertThat(all).as("answers neither a success nor a turn-away").allMatch(a -> a.status() == 200 && a.success()
                    || a.status() == 503 && a.body().contains("\"resultCode\":\"16\"") && a.body().contains("SERVICE_UNAVAILABLE"));
            assertThat(turnedAway).as("turned away only if sent after the stop began").allMatch(a -> a.sentAt() > sigterm);
            assertThat(inFlightAtSigterm).as("requests in flight when SIGTERM arrived, answered normally").isNotEmpty();
            assertThat(refusedAt).as("refusals happen only after the stop began").allMatch(t -> t > sigterm);
            assertThat(newConnectionRefused).as("new connections are refused once the stop began").isTrue();
            assertThat(child.output()).contains("OpenCIF stopping", "OpenCIF stopped").doesNotContain("ERROR", "Exception");
            assertThat(exit).as("the exit code of a JVM that ran its shutdown hook on SIGTERM").isEqualTo(143);
        }
    }

    private static HttpResponse<String> send(HttpClient client, URI base, String path, String json) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
