package dev.opencif.benchmarks.http;

import dev.opencif.benchmarks.BenchDatabase;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * (6) HTTP end to end and (7) start-up. Starts the real OpenCIF server and the bare baseline servers (the same routes
 * on bare Jetty and on the bare JDK server) as child processes on loopback, loads each with {@link LoadGenerator}
 * (create customer: counterparty {@code POST …/customers}; get customer: ESB {@code get-customer-by-id}; get customer
 * again while 50 {@link SlowClients} hold connections), and reads their peak RSS ({@code VmHWM}) from {@code /proc}.
 * With {@code -Dopencif.reference.jar=<jar>} (a server jar of an earlier build, e.g. the last one on the JDK server)
 * that server runs through the same load too.
 * OpenCIF starts the way its operators start it: through the launcher {@code server/opencif-server} when the
 * repository and the built jar are there (else {@code java @jvm.options -cp <this class path>}, with the copy of
 * {@code jvm.options} the server jar carries); the baseline runs {@code java @} the same file, so both have exactly the
 * documented flags, and a class-data archive of its own when the launcher maps one for OpenCIF.
 * <p>Only (6) and (7), from the repository root after {@code mvn -DskipTests package}:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.opencif.benchmarks.http.HttpBenchmark [--quick]} prints the
 * same table rows as {@link dev.opencif.benchmarks.RunAll}.
 */
public final class HttpBenchmark {
    static final String SECRET = "benchmark-secret-of-at-least-thirty-two-bytes";
    static final String ISSUER = "https://idp.bench.example";
    static final String UAH_ISSUER = "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN2E";
    static final String COUNTERPARTY = "e8fd9c29-24d5-4af4-a6b9-933f59e5023d";
    /** The documented way to run the server, relative to the repository root. */
    static final String LAUNCHER = "server/opencif-server";
    /** The launcher's JVM flags ({@code server/jvm.options}) as the server jar carries them. */
    static final String JVM_OPTIONS_RESOURCE = "/dev/opencif/server/jvm.options";

    /** Slow-header connections held during the slow-client phase. */
    static final int SLOW_CLIENTS = 50;

    /** One server's figures; {@code slow} is the get phase while {@link #SLOW_CLIENTS} slow connections are held. */
    public record ServerResult(String name, LoadGenerator.Result create, LoadGenerator.Result get, LoadGenerator.Result slow,
                               long peakRssKb, double startMillis, long rssAfterStartKb) {
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

    /** How to start one server: its command line and what to set in its environment. */
    public record Command(List<String> args, Map<String, String> environment) {
        public Command {
            args = List.copyOf(args);
            environment = Map.copyOf(environment);
        }
    }

    /**
     * Where both servers' JVM flags come from: with the repository at hand and the jar built, the launcher and the
     * {@code jvm.options} beside it; otherwise ({@code launcher} null) the copy of that file the server jar carries.
     * {@code openCifArchive} is the class-data archive the launcher maps (beside the jar, if the build wrote it);
     * when there is one the baseline gets an archive of its own ({@code bareArchive}, see {@link #withBareArchive}).
     */
    public record Layout(Path launcher, Path jvmOptions, Path openCifArchive, Path bareArchive) {
        /** The flags, comments stripped, on one line: what the results table shows. */
        public String flags() {
            try {
                return Files.readAllLines(jvmOptions).stream().map(l -> l.replaceAll("#.*", "").strip())
                        .filter(l -> !l.isEmpty()).collect(Collectors.joining(" "));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * With an archive for OpenCIF, one training start of the baseline under {@code -XX:ArchiveClassesAtExit}
         * (as the build does for the server jar), so that both servers start from a class-data archive; else as is.
         */
        public Layout withBareArchive(Path dir) throws IOException, InterruptedException {
            // the JVM archives only classes from jars: from a class path with directories (surefire's) the baseline
            // runs without an archive, and the table says so
            boolean jarsOnly = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .noneMatch(entry -> Files.isDirectory(Path.of(entry)));
            if (openCifArchive == null || !jarsOnly) {
                return this;
            }
            Path archive = dir.resolve("bare.jsa").toAbsolutePath();
            List<String> cmd = java(this);
            cmd.add("-XX:ArchiveClassesAtExit=" + archive);
            int port = freePort();
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BareServer.class.getName(), String.valueOf(port),
                    dir.resolve("bare-training").toString()));
            // healthy once, then stopped: the JVM writes the archive as it exits
            start(new Command(cmd, Map.of()), port, dir.resolve("bare-training.log")).close();
            return new Layout(launcher, jvmOptions, openCifArchive, Files.exists(archive) ? archive : null);
        }
    }

    /** The layout for this run; {@code dir} receives the jar's {@code jvm.options} when the launcher cannot be used. */
    public static Layout layout(Path dir) throws IOException {
        Optional<Path> root = repositoryRoot();
        if (root.isPresent() && Files.exists(serverJar(root.get()))) {
            Path jar = serverJar(root.get());
            Path archive = jar.resolveSibling(jar.getFileName().toString().replaceAll("\\.jar$", "") + ".jsa");
            // as the launcher: an archive older than the jar is a leftover, not the jar's
            boolean current = Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
            return new Layout(root.get().resolve(LAUNCHER).toAbsolutePath(), root.get().resolve("server/jvm.options").toAbsolutePath(),
                    current ? archive : null, null);
        }
        try (InputStream in = HttpBenchmark.class.getResourceAsStream(JVM_OPTIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(JVM_OPTIONS_RESOURCE + " is not on the class path: build the server module first");
            }
            Path file = dir.resolve("jvm.options");
            Files.write(file, in.readAllBytes());
            return new Layout(null, file.toAbsolutePath(), null, null);
        }
    }

    /** The repository root ({@code -Dopencif.home}, else the working directory or its parent) if it has the launcher. */
    static Optional<Path> repositoryRoot() {
        String home = System.getProperty("opencif.home");
        List<Path> candidates = home != null ? List.of(Path.of(home)) : List.of(Path.of(""), Path.of(".."));
        return candidates.stream().map(Path::toAbsolutePath).map(Path::normalize)
                .filter(p -> Files.isRegularFile(p.resolve(LAUNCHER))).findFirst();
    }

    /** The jar the launcher runs: {@code -Dopencif.server.jar}, else {@code server/target/opencif-server.jar}. */
    static Path serverJar(Path root) {
        String jar = System.getProperty("opencif.server.jar");
        return jar != null ? Path.of(jar).toAbsolutePath() : root.resolve("server/target/opencif-server.jar");
    }

    /** OpenCIF as its operators start it: the launcher, or {@code java @jvm.options} on this class path without one. */
    public static Command openCifCommand(Layout layout, int port, Path dataDir, Path config) {
        return openCifCommand(layout, port, dataDir, config, null);
    }

    /** As {@link #openCifCommand(Layout, int, Path, Path)}, running {@code jar} (another build) when it is given. */
    static Command openCifCommand(Layout layout, int port, Path dataDir, Path config, Path jar) {
        List<String> serverArgs = List.of("--host", "127.0.0.1", "--port", String.valueOf(port), "--data-dir", dataDir.toString(),
                "--config", config.toString(), "--threads", "32");
        List<String> cmd = new ArrayList<>();
        Map<String, String> env = new HashMap<>();
        if (layout.launcher() != null) {
            cmd.addAll(List.of("sh", layout.launcher().toString()));
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("OPENCIF_JAR", (jar != null ? jar : serverJar(layout.launcher().getParent().getParent())).toString());
        } else if (jar != null) {
            cmd.addAll(java(layout));
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            cmd.addAll(java(layout));
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.opencif.server.OpenCifServer"));
        }
        cmd.addAll(serverArgs);
        return new Command(cmd, env);
    }

    /** The bare JDK baseline with the same JVM flags file as OpenCIF, and its own class-data archive when OpenCIF has one. */
    public static Command bareCommand(Layout layout, int port, Path dataDir) {
        return bareCommand(layout, port, dataDir, "jdk");
    }

    /** A bare baseline ({@code jdk} or {@code jetty}) with the same JVM flags file as OpenCIF. */
    static Command bareCommand(Layout layout, int port, Path dataDir, String transport) {
        List<String> cmd = java(layout);
        if (layout.bareArchive() != null) {
            cmd.add("-XX:SharedArchiveFile=" + layout.bareArchive());
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BareServer.class.getName(), String.valueOf(port),
                dataDir.toString(), transport));
        return new Command(cmd, Map.of());
    }

    private static List<String> java(Layout layout) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("@" + layout.jvmOptions());
        return cmd;
    }

    /**
     * Starts {@code command} (with a clean environment: no {@code OPENCIF_*} settings or JVM options from the caller),
     * waits for the first 200 on {@code /health}: the time that took and the RSS then.
     */
    public static Running start(Command command, int port, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command.args()).redirectErrorStream(true).redirectOutput(log.toFile());
        // only the documented flags and the given options: nothing from the caller's environment
        builder.environment().keySet().removeIf(name -> name.startsWith("OPENCIF_") || name.equals("JAVA_OPTS")
                || name.equals("JDK_JAVA_OPTIONS") || name.equals("_JAVA_OPTIONS") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(command.environment());
        long t0 = System.nanoTime();
        Process process = builder.start();
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
        Path citizens = dir.resolve("citizens.json");
        try (var demo = HttpBenchmark.class.getResourceAsStream("/demo-citizens.json")) {
            Files.write(citizens, demo.readAllBytes());
        }
        Files.writeString(file, String.join("\n",
                "bank.country=LT",
                "bank.code=60080",
                "identity-registry.file=" + citizens,
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

    /** The server jar of an earlier build to compare with ({@code -Dopencif.reference.jar}), if given. */
    static Optional<Path> referenceJar() {
        return Optional.ofNullable(System.getProperty("opencif.reference.jar")).map(Path::of).map(Path::toAbsolutePath);
    }

    /**
     * Runs every server through the same load; {@code requests} per phase, each phase at most {@code seconds}. The
     * results: OpenCIF, bare Jetty, bare JDK, and the reference build when there is one.
     */
    public static List<ServerResult> run(int concurrency, int requests, int seconds) throws IOException, InterruptedException {
        Path root = scratch("http-");
        List<ServerResult> results = run(layout(root).withBareArchive(root), root, concurrency, requests, seconds);
        deleteQuietly(root);
        return results;
    }

    static List<ServerResult> run(Layout layout, Path root, int concurrency, int requests, int seconds)
            throws IOException, InterruptedException {
        List<ServerResult> results = new ArrayList<>();
        Path config = config(root);
        int port = freePort();
        try (Running server = start(openCifCommand(layout, port, root.resolve("opencif"), config), port, root.resolve("opencif.log"))) {
            results.add(load("OpenCIF server", server, port, concurrency, requests, seconds));
        }
        port = freePort();
        try (Running server = start(bareCommand(layout, port, root.resolve("bare-jetty"), "jetty"), port, root.resolve("bare-jetty.log"))) {
            results.add(load("bare Jetty server + plain JDBC", server, port, concurrency, requests, seconds));
        }
        port = freePort();
        try (Running server = start(bareCommand(layout, port, root.resolve("bare"), "jdk"), port, root.resolve("bare.log"))) {
            results.add(load("bare JDK server + plain JDBC", server, port, concurrency, requests, seconds));
        }
        Optional<Path> reference = referenceJar();
        if (reference.isPresent()) {
            port = freePort();
            try (Running server = start(openCifCommand(layout, port, root.resolve("reference"), config, reference.get()), port,
                    root.resolve("reference.log"))) {
                results.add(load("OpenCIF reference build", server, port, concurrency, requests, seconds));
            }
        }
        return results;
    }

    private static Path scratch(String prefix) throws IOException {
        Path root = BenchDatabase.dataRoot().resolve(prefix + UUID.randomUUID());
        Files.createDirectories(root);
        return root;
    }

    static ServerResult load(String name, Running server, int port, int concurrency, int requests, int seconds)
            throws InterruptedException, IOException {
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
        java.util.function.LongFunction<HttpRequest> getRequest = n -> LoadGenerator.post(get, getBody(1_000_000_001L + n % customers));
        LoadGenerator.Result got = generator.run(getRequest, concurrency, requests, Duration.ofSeconds(seconds));
        check(name + " get", got);
        // the same reads while slow clients hold connections, at most 10 s with a 5 s timeout per request: errors are
        // counted, not fatal (they are the finding)
        LoadGenerator.Result slow;
        try (SlowClients attackers = new SlowClients(port, SLOW_CLIENTS)) {
            Thread.sleep(1500);
            slow = generator.run(n -> LoadGenerator.post(get, getBody(1_000_000_001L + n % customers), Duration.ofSeconds(5)),
                    concurrency, requests, Duration.ofSeconds(Math.min(seconds, 10)));
        }
        return new ServerResult(name, created, got, slow, procStatusKb(server.process().pid(), "VmHWM"), server.startMillis(),
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
        Path root = scratch("startup-");
        List<double[]> startups = startups(layout(root).withBareArchive(root), root, runs);
        deleteQuietly(root);
        return startups;
    }

    static List<double[]> startups(Layout layout, Path root, int runs) throws IOException, InterruptedException {
        Path config = config(root);
        double[] opencif = new double[runs * 2];
        double[] bare = new double[runs * 2];
        for (int i = 0; i < runs; i++) {
            int port = freePort();
            try (Running s = start(openCifCommand(layout, port, root.resolve("o" + i), config), port, root.resolve("o" + i + ".log"))) {
                opencif[2 * i] = s.startMillis();
                opencif[2 * i + 1] = s.rssAfterStartKb();
            }
            port = freePort();
            try (Running s = start(bareCommand(layout, port, root.resolve("b" + i)), port, root.resolve("b" + i + ".log"))) {
                bare[2 * i] = s.startMillis();
                bare[2 * i + 1] = s.rssAfterStartKb();
            }
        }
        return List.of(opencif, bare);
    }

    /** (6) and (7) as rows of the results table ({@code --quick}: 1,000 requests per phase and one start of each). */
    public static List<String> rows(boolean quick) throws IOException, InterruptedException {
        List<String> rows = new ArrayList<>();
        Path root = scratch("http-");
        Layout layout = layout(root).withBareArchive(root);
        rows.add("| 6/7 JVM flags of both servers (" + (layout.launcher() != null ? "server/jvm.options, via " + LAUNCHER
                : "jvm.options of the server jar") + ") | | `" + layout.flags() + "`"
                + (layout.openCifArchive() != null ? " + class-data archive of the jar" : "") + " | same"
                + (layout.bareArchive() != null ? " + class-data archive of its own" : layout.openCifArchive() != null ? ", no archive" : "")
                + " | | |");
        int requests = quick ? 1_000 : 10_000;
        int seconds = quick ? 15 : 30;
        List<ServerResult> http = run(layout, root, 32, requests, seconds);
        ServerResult o = http.get(0);
        ServerResult b = http.get(1);
        ServerResult jdk = http.get(2);
        httpRows(rows, "create customer", o.create(), b.create());
        httpRows(rows, "get customer", o.get(), b.get());
        slowRows(rows, o, b, jdk);
        transportRows(rows, "bare Jetty vs bare JDK server (the transports alone)", b, jdk, "");
        if (http.size() > 3) {
            transportRows(rows, "OpenCIF on Jetty vs the reference build (" + referenceJar().orElseThrow().getFileName() + ")", o,
                    http.get(3), "≥ 1.0×");
        }
        rows.add(String.format(Locale.ROOT, "| 6 HTTP peak RSS under load (VmHWM), baseline bare Jetty | H2 file | %,d MB | %,d MB | %.2f | < 300 MB: %s |",
                o.peakRssKb() / 1024, b.peakRssKb() / 1024, (double) o.peakRssKb() / b.peakRssKb(), o.peakRssKb() < 300 * 1024 ? "met" : "MISSED"));

        int runs = quick ? 1 : 3;
        List<double[]> startups = startups(layout, root, runs);
        deleteQuietly(root);
        double[] os = startups.get(0);
        double[] bs = startups.get(1);
        double oMs = median(os, 0, runs);
        double bMs = median(bs, 0, runs);
        double oRss = median(os, 1, runs) / 1024;
        double bRss = median(bs, 1, runs) / 1024;
        rows.add(String.format(Locale.ROOT, "| 7 start-up: process start → first 200 on /health (median of %d) | H2 file | %.0f ms | %.0f ms | %.2f | < 2 s: %s |",
                runs, oMs, bMs, oMs / bMs, oMs < 2000 ? "met" : "MISSED"));
        rows.add(String.format(Locale.ROOT, "| 7 RSS after start (VmRSS) | H2 file | %.0f MB | %.0f MB | %.2f | |", oRss, bRss, oRss / bRss));
        return rows;
    }

    /** The slow-client phase: OpenCIF against bare Jetty, and what the bare JDK server does under the same attack. */
    private static void slowRows(List<String> rows, ServerResult o, ServerResult b, ServerResult jdk) {
        String what = "get customer while " + SLOW_CLIENTS + " slow-header connections are held";
        httpRows(rows, what, o.slow(), b.slow());
        rows.add(String.format(Locale.ROOT, "| 6 HTTP %s: bare JDK server | H2 file | | %,.0f requests/s, p99 %.1f ms, %,d errors | | |",
                what, jdk.slow().requestsPerSecond(), jdk.slow().p99Millis(), jdk.slow().errors()));
    }

    /** requests/s of every phase, {@code a} against {@code b}. */
    private static void transportRows(List<String> rows, String what, ServerResult a, ServerResult b, String target) {
        String[] phases = {"create", "get", "get with slow clients"};
        LoadGenerator.Result[][] results = {{a.create(), b.create()}, {a.get(), b.get()}, {a.slow(), b.slow()}};
        for (int i = 0; i < phases.length; i++) {
            LoadGenerator.Result x = results[i][0];
            LoadGenerator.Result y = results[i][1];
            double ratio = x.requestsPerSecond() / y.requestsPerSecond();
            rows.add(String.format(Locale.ROOT, "| 6 %s: %s, requests/s (p99) | H2 file | %,.0f (%.1f ms)%s | %,.0f (%.1f ms)%s | %.2f | %s |",
                    what, phases[i], x.requestsPerSecond(), x.p99Millis(), errors(x), y.requestsPerSecond(), y.p99Millis(), errors(y),
                    ratio, target.isEmpty() ? "" : target + ": " + (ratio >= 1.0 ? "met" : "MISSED")));
        }
    }

    private static String errors(LoadGenerator.Result r) {
        return r.errors() == 0 ? "" : String.format(Locale.ROOT, ", %,d errors", r.errors());
    }

    private static void httpRows(List<String> rows, String what, LoadGenerator.Result o, LoadGenerator.Result b) {
        double r = o.requestsPerSecond() / b.requestsPerSecond();
        rows.add(String.format(Locale.ROOT, "| 6 HTTP %s, 32 clients: requests/s (%,d requests), baseline bare Jetty | H2 file | %,.0f%s | %,.0f%s | %.2f | ≥ 0.8×: %s |",
                what, o.requests(), o.requestsPerSecond(), errors(o), b.requestsPerSecond(), errors(b), r, r >= 0.8 ? "met" : "MISSED"));
        rows.add(String.format(Locale.ROOT, "| 6 HTTP %s, 32 clients: p50 / p99 latency | H2 file | %.1f / %.1f ms | %.1f / %.1f ms | %.2f (p99) | p99 < 20 ms: %s |",
                what, o.p50Millis(), o.p99Millis(), b.p50Millis(), b.p99Millis(), o.p99Millis() / b.p99Millis(),
                o.p99Millis() < 20 ? "met" : "MISSED"));
    }

    private static double median(double[] pairs, int field, int runs) {
        double[] v = new double[runs];
        for (int i = 0; i < runs; i++) {
            v[i] = pairs[2 * i + field];
        }
        Arrays.sort(v);
        return v[runs / 2];
    }

    /** Runs only (6) and (7) and prints their rows; {@code --quick} as in {@link dev.opencif.benchmarks.RunAll}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        boolean quick = List.of(args).contains("--quick");
        List<String> rows = rows(quick);
        System.out.println("| Figure | Database | OpenCIF | Baseline | Ratio (OpenCIF / baseline) | Target |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
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
