package dev.opencif.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small java.net.http client for the end-to-end tests: JSON in, status and body out. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    Http(OpenCifServer server) {
        this.base = URI.create("http://127.0.0.1:" + server.port());
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(builder(path, headers).GET());
    }

    HttpResponse<String> post(String path, String json, String... headers) {
        return send(withJsonType(builder(path, headers), headers).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder withJsonType(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Content-Type")) {
                return builder;
            }
        }
        return builder.header("Content-Type", "application/json");
    }

    HttpResponse<String> put(String path, String json, String... headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> method(String method, String path, String... headers) {
        return send(builder(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> postBytes(String path, byte[] body, String... headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** Where every answer goes while a {@code PrivacySweepTest} runs the end-to-end suites; {@code null} otherwise. */
    static volatile java.util.Queue<HttpResponse<String>> recorded;

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            java.util.Queue<HttpResponse<String>> sink = recorded;
            if (sink != null) {
                sink.add(response);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
