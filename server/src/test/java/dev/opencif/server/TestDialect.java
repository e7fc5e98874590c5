package dev.opencif.server;

import dev.opencif.dialect.DialectHandler;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.dialect.ServerFailure;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/** A dialect for transport tests: serves one dialect's base path with a given function; words failures recognisably. */
record TestDialect(Dialect mountedAs, Function<DialectRequest, DialectResponse> answer) implements DialectHandler {

    static DialectResponse text(String text) {
        return new DialectResponse(200, Map.of("Content-Type", "text/plain"), text.getBytes(StandardCharsets.UTF_8), "test-op");
    }

    /** A dialect that sleeps {@code millis} and then answers {@code text}. */
    static TestDialect slow(Dialect mountedAs, long millis, String text) {
        return new TestDialect(mountedAs, request -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return text(text);
        });
    }

    @Override
    public String name() {
        return mountedAs.key();
    }

    @Override
    public boolean serves(String path) {
        return path.equals(mountedAs.basePath()) || path.startsWith(mountedAs.basePath() + "/");
    }

    @Override
    public DialectResponse handle(DialectRequest request) {
        return answer.apply(request);
    }

    /** {@code {"testDialectFailure":"CODE","status":N}} with the failure's headers. */
    @Override
    public DialectResponse failure(ServerFailure failure) {
        DialectResponse response = DialectResponse.json(failure.status(), ("{\"testDialectFailure\":\"" + failure.code()
                + "\",\"status\":" + failure.status() + "}").getBytes(StandardCharsets.UTF_8), "-");
        for (Map.Entry<String, String> header : failure.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
