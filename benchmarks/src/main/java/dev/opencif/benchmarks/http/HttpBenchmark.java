package dev.opencif.benchmarks.http;

import dev.opencif.benchmarks.BenchDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * (6) HTTP end to end and (7) start-up. Starts the real OpenCIF server ({@code server/target/opencif-server.jar}, or
 * this JVM's class path) and the bare baseline server as child processes with {@code -Xmx256m} on loopback, loads
 * each with {@link LoadGenerator} (create customer: counterparty {@code POST …/customers}; get customer: ESB
 * {@code get-customer-by-id}), and reads their peak RSS ({@code VmHWM}) from {@code /proc}.
 */
public final class HttpBenchmark {
    static final String SECRET = "benchmark-secret-of-at-least-thirty-two-bytes";
    static final String ISSUER = "https://idp.bench.example";
    static final String UAH_ISSUER = "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN2E";
    static final String COUNTERPARTY = "e8fd9c29-24d5-4af4-a6b9-933f59e5023d";

    /** One server's figures. */
    public record ServerResult(String name, LoadGenerator.Result create, LoadGenerator.Result get, long peakRssKb,
                               double startMillis, long rssAfterStartKb) {
    }

    /** A started server process. */
    public record Running(Process process, URI base, double startMillis, long rssAfterStartKb) implements AutoCloseable {
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private HttpBenchmark() {
    }

    /** The command that starts OpenCIF: the shipped jar if it exists (or {@code -Dopencif.server.jar}), else this class path. */
    static List<String> openCifCommand(int port, Path dataDir, Path config) {
        List<String> cmd = java();
        String jar = System.getProperty("opencif.server.jar", "server/target/opencif-server.jar");
        if (Files.exists(Path.of(jar))) {
            cmd.addAll(List.of("-jar", jar));
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.opencif.server.OpenCifServer"));
        }
        cmd.addAll(List.of("--host", "127.0.0.1", "--port", String.valueOf(port), "--data-dir", dataDir.toString(),
                "--config", config.toString(), "--threads", "32"));
        return cmd;
    }

    static List<String> bareCommand(int port, Path dataDir) {
        List<String> cmd = java();
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BareServer.class.getName(), String.valueOf(port),
                dataDir.toString()));
        return cmd;
    }

    private static List<String> java() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        return cmd;
    }

    /** Starts {@code command}, waits for the first 200 on {@code /health}: the time that took and the RSS then. */
    public static Running start(List<String> command, int port, Path log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(1)).GET().build();
        long deadline = t0 + Duration.ofSeconds(60).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + ", see " + log + ":\n"
                        + Files.readString(log));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("server not healthy after 60 s, see " + log);
            }
            Thread.sleep(5);
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        return new Running(process, base, millis, procStatusKb(process.pid(), "VmRSS"));
    }

    /** A field of {@code /proc/<pid>/status} in kB (VmRSS now, VmHWM the peak); -1 where there is no /proc. */
    public static long procStatusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path config(Path dir) throws IOException {
        Path file = dir.resolve("bench.properties");
        Files.writeString(file, String.join("\n",
                "esb.clients.bench-esb.secret=esb-s3cret-for-benchmarks",
                "esb.clients.bench-esb.roles=accountService",
                "interapi.clients.bench-app.secret=ak-bench-app-key",
                "callaction.clients.bench-crm.secret=callaction-bench-token",
                "blink.clients.bench-fintech.secret=blink-bench-secret",
                "counterparty.jwt.hs256-secret=" + SECRET,
                "counterparty.jwt.issuer=" + ISSUER,
                "counterparty.jwt.audience=opencif",
                "counterparty.assets.UAH.issuer=" + UAH_ISSUER,
                "counterparty.assets.UAH.name=Ukraine Hryvnia",
                "counterparty.assets.UAH.minor-unit=2",
                "counterparty.assets.UAH.stellar-code=eUAH", ""));
        return file;
    }

    /** Runs both servers through the same load; {@code requests} per phase, each phase at most {@code seconds}. */
    public static List<ServerResult> run(int concurrency, int requests, int seconds) throws IOException, InterruptedException {
        Path root = BenchDatabase.dataRoot().resolve("http-" + UUID.randomUUID());
        Files.createDirectories(root);
        List<ServerResult> results = new ArrayList<>();
        Path config = config(root);
        int port = freePort();
        try (Running server = start(openCifCommand(port, root.resolve("opencif"), config), port, root.resolve("opencif.log"))) {
            results.add(load("OpenCIF server", server, concurrency, requests, seconds));
        }
        port = freePort();
        try (Running server = start(bareCommand(port, root.resolve("bare")), port, root.resolve("bare.log"))) {
            results.add(load("bare JDK server + plain JDBC", server, concurrency, requests, seconds));
        }
        deleteQuietly(root);
        return results;
    }

    static ServerResult load(String name, Running server, int concurrency, int requests, int seconds) throws InterruptedException {
        String token = dev.opencif.benchmarks.DialectBenchmark.tokenFor(COUNTERPARTY, SECRET, ISSUER, "opencif");
        URI create = server.base().resolve("/api/v1/counterparty/" + COUNTERPARTY + "/customers");
        URI get = server.base().resolve("/accountService/v1/get-customer-by-id");
        LoadGenerator generator = new LoadGenerator();
        long[] offset = {0};
        java.util.function.LongFunction<HttpRequest> createRequest = n -> LoadGenerator.post(create, createBody(offset[0] + n),
                "Authorization", "Bearer " + token);
        // warm-up: a tenth of the load, creating customers the get phase reads as well
        int warm = Math.max(50, requests / 10);
        LoadGenerator.Result warmup = generator.run(createRequest, concurrency, warm, Duration.ofSeconds(seconds));
        check(name + " warm-up", warmup);
        offset[0] = warm;
        LoadGenerator.Result created = generator.run(createRequest, concurrency, requests, Duration.ofSeconds(seconds));
        check(name + " create", created);
        long customers = warmup.requests() + created.requests();
        LoadGenerator.Result got = generator.run(n -> LoadGenerator.post(get, getBody(1_000_000_001L + n % customers)),
                concurrency, requests, Duration.ofSeconds(seconds));
        check(name + " get", got);
        return new ServerResult(name, created, got, procStatusKb(server.process().pid(), "VmHWM"), server.startMillis(),
                server.rssAfterStartKb());
    }

    private static void check(String what, LoadGenerator.Result r) {
        if (r.errors() > 0 || r.requests() == 0) {
            throw new IllegalStateException(what + ": " + r.errors() + " errors of " + (r.requests() + r.errors()) + ", first: " + r.firstError());
        }
    }

    static String createBody(long n) {
        return "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER + "\",\"login\":\"user" + n + "@wallet.example\","
                + "\"name\":\"Olena\",\"surname\":\"Koval\",\"phone_number\":\"+38050" + String.format("%07d", n) + "\","
                + "\"status\":\"active\",\"kyc_level\":0}";
    }

    static String getBody(long cif) {
        return "{\"header\":{\"requestId\":\"req-" + cif + "\",\"channel\":\"MB\",\"clientId\":\"bench-esb\","
                + "\"clientSecret\":\"esb-s3cret-for-benchmarks\",\"requestTime\":\"2026-01-15T16:00:00+07:00\"},"
                + "\"data\":{\"cif\":\"" + cif + "\"}}";
    }

    /** (7) Start-up only: {@code runs} starts of each server on an empty data directory. */
    public static List<double[]> startups(int runs) throws IOException, InterruptedException {
        Path root = BenchDatabase.dataRoot().resolve("startup-" + UUID.randomUUID());
        Files.createDirectories(root);
        Path config = config(root);
        double[] opencif = new double[runs * 2];
        double[] bare = new double[runs * 2];
        for (int i = 0; i < runs; i++) {
            int port = freePort();
            try (Running s = start(openCifCommand(port, root.resolve("o" + i), config), port, root.resolve("o" + i + ".log"))) {
                opencif[2 * i] = s.startMillis();
                opencif[2 * i + 1] = s.rssAfterStartKb();
            }
            port = freePort();
            try (Running s = start(bareCommand(port, root.resolve("b" + i)), port, root.resolve("b" + i + ".log"))) {
                bare[2 * i] = s.startMillis();
                bare[2 * i + 1] = s.rssAfterStartKb();
            }
        }
        deleteQuietly(root);
        return List.of(opencif, bare);
    }

    static void deleteQuietly(Path root) {
        try {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // leave it for the OS
        }
    }
}
