package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shutdown lets a request in flight finish and does not wait for idle connections; a body over the limit never
 * reaches the dialect and is answered 413 in its format; a failing dialect gives a generic 500 in its format.
 */
class GracefulShutdownTest {

    @Test
    void close_finishes_the_request_in_flight_then_refuses_new_ones(@TempDir Path dir) throws Exception {
        OpenCifServer server = OpenCifServer.start(ServerConfig.embedded(dir, 0),
                mounts -> Map.of(Dialect.ESB, TestDialect.slow(Dialect.ESB, 800, "slow but done")));
        Http http = new Http(server);
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> http.post("/accountService/v1/x", "{}"));
        Thread.sleep(300);
        long started = System.nanoTime();
        server.close();
        long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        HttpResponse<String> response = slow.get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("slow but done");
        assertThat(closeMillis).isLessThan(4000);
        assertThatThrownBy(() -> http.get("/health")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void close_returns_at_once_when_nothing_is_in_flight_and_twice_is_harmless(@TempDir Path dir) {
        OpenCifServer server = OpenCifServer.start(ServerConfig.embedded(dir, 0));
        new Http(server).get("/health");
        long started = System.nanoTime();
        server.close();
        server.close();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2000);
    }

    @Test
    void a_body_over_the_limit_is_413_in_the_dialects_format_and_handlers_see_the_request_id(@TempDir Path dir) {
        ServerConfig config = ServerConfig.embedded(dir, 0);
        OpenCifServer server = OpenCifServer.start(config.withLimits(config.limits().withMaxBodyBytes(4096)), mounts -> Map.of(
                Dialect.BLINK, new TestDialect(Dialect.BLINK, request -> TestDialect.text(
                        "got " + request.body().length + " as " + request.headers().get("X-Request-Id")))));
        try {
            Http http = new Http(server);
            HttpResponse<String> big = http.postBytes("/blink/v1/persons/x/contactdetails", new byte[200_000]);
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(big.body()).isEqualTo("{\"testDialectFailure\":\"PAYLOAD_TOO_LARGE\",\"status\":413}");
            HttpResponse<String> small = http.postBytes("/blink/v1/persons/x/contactdetails", new byte[4096], "x-request-id", "given-1");
            assertThat(small.body()).isEqualTo("got 4096 as [given-1]");
            String generated = http.postBytes("/blink/v1/persons/x/contactdetails", new byte[10]).body();
            assertThat(generated).matches("got 10 as \\[[0-9a-f-]{36}\\]");
        } finally {
            server.close();
        }
    }

    @Test
    void a_failing_handler_gives_a_generic_500_without_details(@TempDir Path dir) {
        OpenCifServer server = OpenCifServer.start(ServerConfig.embedded(dir, 0), mounts -> Map.of(
                Dialect.CALLACTION, new TestDialect(Dialect.CALLACTION, request -> {
                    throw new IllegalStateException("secret internals at dev.opencif.Foo");
                })));
        try {
            HttpResponse<String> response = new Http(server).post("/api/openApi/CallAction", "{}", "X-Request-Id", "r-500");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("testDialectFailure", "INTERNAL_ERROR").doesNotContain("secret", "IllegalState", "dev.opencif");
            assertThat(response.headers().firstValue("X-Request-Id")).contains("r-500");
        } finally {
            server.close();
        }
    }
}
