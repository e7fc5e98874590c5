package dev.opencif.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The training run behind the class-data archive the build writes beside the server jar ({@code mvn package},
 * under {@code -XX:ArchiveClassesAtExit}): starts the server the way {@code --demo} does on an empty embedded
 * database in {@code args[0]}, asks for {@code /health} and the index over HTTP, and stops. The classes that loaded
 * meanwhile are what the launcher then maps from the archive instead of loading from the jar; see
 * docs/adr/009-server-jvm-flags.md.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ClassDataTraining <empty scratch directory>");
        }
        Path dir = Path.of(args[0]);
        try (OpenCifServer server = OpenCifServer.start(ServerConfig.embedded(dir, 0).withDemo(true))) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (String path : new String[] {"/health", "/"}) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.url().resolve(URI.create(path)))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
                }
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the training directory " + dir, e);
        }
    }
}
