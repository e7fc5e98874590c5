package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.dialect.DialectHandler;
import dev.opencif.server.http.HttpLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flood beyond the request slots and the queue is answered at once with 503 and {@code Retry-After}, in the
 * dialect's own format; the requests that got a slot or a queue place are served normally; and the server answers
 * normally again as soon as the flood stops.
 */
class OverloadTest {
    private static final int FLOOD = 40;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_flood_beyond_the_queue_gets_503_with_retry_after_in_the_dialects_format_and_the_server_recovers_at_once(
            @TempDir Path dir) throws Exception {
        ServerConfig config = E2e.config(dir);
        HttpLimits small = config.limits().withThreads(4).withMaxRequests(4, 4, 5);
        try (OpenCifServer server = OpenCifServer.start(config.withLimits(small), mounts -> {
            Map<Dialect, DialectHandler> slowed = new EnumMap<>(mounts);
            slowed.put(Dialect.CALLACTION, new SlowedDialect(mounts.get(Dialect.CALLACTION), 400));
            return slowed;
        })) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/openApi/CallAction");
            String body = E2e.callAction("NoSuchAction", "{}");
            List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                flood.add(client.sendAsync(request(uri, body), HttpResponse.BodyHandlers.ofString()));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : flood) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
            List<HttpResponse<String>> turnedAway = answers.stream().filter(r -> r.statusCode() == 503).toList();
            List<HttpResponse<String>> served = answers.stream().filter(r -> r.statusCode() != 503).toList();
            System.out.printf("overload: %d requests, %d served, %d turned away with 503%n", FLOOD, served.size(), turnedAway.size());

            assertThat(turnedAway).as("turned away").hasSizeGreaterThanOrEqualTo(FLOOD / 2);
            assertThat(turnedAway).allSatisfy(r -> {
                assertThat(r.headers().firstValue("Retry-After")).contains("1");
                assertThat(r.body()).contains("\"IsSuccess\":false", "SERVICE_UNAVAILABLE").doesNotContain("<html", "Exception");
            });
            assertThat(served).as("served: the slots and the queue").hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(r -> assertThat(r.body()).contains("\"IsSuccess\":false", "ActionName"));

            long started = System.nanoTime();
            HttpResponse<String> after = client.send(request(uri, body), HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isNotEqualTo(503);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("first request after the flood, ms")
                    .isLessThan(1000);
        }
    }

    private static HttpRequest request(URI uri, String body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
