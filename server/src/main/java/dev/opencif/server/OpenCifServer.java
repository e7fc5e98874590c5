package dev.opencif.server;

import com.sun.net.httpserver.HttpServer;
import dev.opencif.adapter.jdbc.JdbcAdapters;
import dev.opencif.adapter.jdbc.OutboxRelay;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.out.OpenCifPorts;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenCIF server: the composition root. It opens the database (embedded H2 or PostgreSQL), wires the use cases
 * and the five dialect adapters, and serves them with the JDK's HTTP server on a bounded thread pool.
 * {@link #close} (also run by the shutdown hook of {@link #main}) stops accepting, lets in-flight requests finish
 * within the grace period, and closes the pool and the database.
 */
public final class OpenCifServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenCifServer.class);
    private static final Logger OUTBOX = LoggerFactory.getLogger("dev.opencif.server.outbox");
    private static CompletableFuture<Validator> sharedValidator;

    private final ServerConfig config;
    private final JdbcAdapters database;
    private final OpenCif opencif;
    private final DialectCredentials credentials;
    private final HttpServer http;
    private final RequestRouter router;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService relayScheduler;
    private final OutboxRelay relay;
    private final AtomicBoolean closed = new AtomicBoolean();

    private OpenCifServer(ServerConfig config, JdbcAdapters database, OpenCif opencif, DialectCredentials credentials,
                          HttpServer http, RequestRouter router, ThreadPoolExecutor workers, ScheduledExecutorService relayScheduler,
                          OutboxRelay relay) {
        this.config = config;
        this.database = database;
        this.opencif = opencif;
        this.credentials = credentials;
        this.http = http;
        this.router = router;
        this.workers = workers;
        this.relayScheduler = relayScheduler;
        this.relay = relay;
    }

    public static void main(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.print(ServerConfig.USAGE);
                return;
            }
        }
        OpenCifServer server;
        try {
            server = start(ServerConfig.parse(args, System.getenv()));
        } catch (ConfigException e) {
            System.err.println("OpenCIF cannot start: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            LOG.error("start failed", e);
            System.err.println("OpenCIF cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "opencif-shutdown"));
        server.printBanner(System.out);
    }

    /** Opens the database, wires everything and starts listening; the caller closes the returned server. */
    public static OpenCifServer start(ServerConfig config) {
        return start(config, UnaryOperator.identity());
    }

    /** As {@link #start(ServerConfig)}, letting tests replace mounted endpoints (e.g. a deliberately slow one). */
    static OpenCifServer start(ServerConfig config, UnaryOperator<Map<Dialect, DialectEndpoint>> mounts) {
        configureHttpServerProperties(config);
        CompletableFuture<Validator> validation = validator();
        DialectCredentials credentials = credentials(config);
        Clock clock = Clock.systemUTC();
        Iban4jIbanPort ibans = new Iban4jIbanPort(
                config.setting("bank.country", "LT", "the ISO country of the bank's IBANs, e.g. bank.country=LT"),
                config.setting("bank.code", "60080", "the bank code inside the bank's IBANs, e.g. bank.code=60080"),
                config.settings().get("bank.branch").orElse(null));
        String registryFile = config.setting("identity-registry.file", "",
                "the citizen registry file that inter-API onboarding reads (format: README, \"Configuration file\")");
        JsonIdentityRegistry registry = registryFile.isEmpty() ? JsonIdentityRegistry.demo()
                : JsonIdentityRegistry.fromFile(Path.of(registryFile));
        ConfiguredClientCredentials clientCredentials = new ConfiguredClientCredentials(credentials, DialectMounts::realm);
        JdbcAdapters database = openDatabase(config, clock);
        ThreadPoolExecutor workers = null;
        ScheduledExecutorService relayScheduler = null;
        try {
            OpenCifPorts ports = database.ports(ibans, registry, clientCredentials);
            OpenCif opencif = OpenCif.builder().ports(ports).validator(joined(validation)).build();
            if (config.demo()) {
                DemoData.load(opencif, credentials, DialectMounts.walletAsset(config.settings()), System.out);
            }
            Map<Dialect, DialectEndpoint> endpoints = mounts.apply(DialectMounts.mount(opencif, config, credentials));
            RequestRouter router = new RequestRouter(endpoints, opencif.checkHealth(), config.maxBodyBytes());
            workers = new ThreadPoolExecutor(config.threads(), config.threads(), 60, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(config.threads() * 64), named("opencif-http"), new ThreadPoolExecutor.CallerRunsPolicy());
            HttpServer http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 256);
            http.createContext("/", router);
            http.setExecutor(workers);
            relayScheduler = Executors.newSingleThreadScheduledExecutor(named("opencif-outbox"));
            OutboxRelay relay = database.outboxRelay(batch -> batch.forEach(event -> OUTBOX.info(
                    "event {} on {} {} delivered (#{})", event.type(), event.aggregateType(), event.aggregateId(), event.id())));
            relayScheduler.scheduleWithFixedDelay(() -> relayOnce(relay), 1, 1, TimeUnit.SECONDS);
            http.start();
            OpenCifServer server = new OpenCifServer(config, database, opencif, credentials, http, router, workers, relayScheduler,
                    relay);
            LOG.info("OpenCIF listening on {} ({})", server.url(), config);
            return server;
        } catch (IOException e) {
            shutdownQuietly(workers, relayScheduler, database);
            throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            shutdownQuietly(workers, relayScheduler, database);
            throw e;
        }
    }

    /**
     * Bean Validation, built once per JVM (building a factory is expensive) on a thread of its own, so that its
     * bootstrap runs while the main thread opens and migrates the database; {@link #joined} waits for it.
     */
    private static synchronized CompletableFuture<Validator> validator() {
        if (sharedValidator == null || sharedValidator.isCompletedExceptionally()) {
            sharedValidator = CompletableFuture.supplyAsync(() -> Validation.buildDefaultValidatorFactory().getValidator(), runnable -> {
                Thread thread = new Thread(runnable, "opencif-validation-bootstrap");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return sharedValidator;
    }

    private static Validator joined(CompletableFuture<Validator> validation) {
        try {
            return validation.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The JDK HTTP server reads these once, when its classes load: without {@code nodelay} every keep-alive response
     * waits ~40 ms (Nagle); the two times bound how long reading a request and writing a response may take.
     */
    private static void configureHttpServerProperties(ServerConfig config) {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(config.requestTimeoutSeconds()));
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", String.valueOf(config.requestTimeoutSeconds()));
        }
    }

    private static DialectCredentials credentials(ServerConfig config) {
        DialectCredentials configured = DialectCredentials.from(config.settings());
        if (!configured.isEmpty()) {
            return configured;
        }
        if (!config.embeddedDatabase()) {
            throw new ConfigException("no API credentials are configured: on PostgreSQL the server does not generate any. "
                    + "Pass --config FILE (or OPENCIF_CONFIG) with the dialects' clients; see README, \"Running the server\"");
        }
        return DialectCredentials.developmentIn(config.dataDir());
    }

    private static JdbcAdapters openDatabase(ServerConfig config, Clock clock) {
        if (config.embeddedDatabase()) {
            DataDirectory.prepare(config.dataDir());
            JdbcAdapters database = JdbcAdapters.h2File(config.dataDir(), clock);
            DataDirectory.restrictFiles(config.dataDir());
            return database;
        }
        return JdbcAdapters.postgres(config.dbUrl(), config.dbUser(), config.dbPassword(), clock);
    }

    private static void relayOnce(OutboxRelay relay) {
        try {
            relay.relayAll();
        } catch (RuntimeException e) {
            OUTBOX.warn("outbox relay failed, retrying in a second: {}", e.getClass().getName());
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        };
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    public URI url() {
        String host = config.host().equals("0.0.0.0") || config.host().equals("::") ? "localhost" : config.host();
        return URI.create("http://" + host + ":" + port());
    }

    public OpenCif opencif() {
        return opencif;
    }

    public DialectCredentials credentials() {
        return credentials;
    }

    JdbcAdapters database() {
        return database;
    }

    /** Where the data lives, for people: the H2 file or the PostgreSQL URL (without password). */
    public String dataLocation() {
        return config.embeddedDatabase()
                ? config.dataDir().toAbsolutePath().normalize().resolve("opencif.mv.db").toString()
                : config.maskedDbUrl();
    }

    void printBanner(PrintStream out) {
        out.println();
        out.println("OpenCIF is running at " + url() + "  (GET / lists the dialects, GET /health checks the database)");
        out.println("Data: " + dataLocation());
        if (credentials.generated()) {
            out.println("Development credentials (kept in " + config.dataDir().resolve(DialectCredentials.DEV_FILE)
                    + "; configure your own with --config):");
            DialectMounts.describeGenerated(credentials, out);
        }
        out.println("Stop with Ctrl+C.");
        out.flush();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("OpenCIF stopping: no new connections, up to {} s for requests in flight", config.shutdownGraceSeconds());
        // JDK 17's stop(delay) waits the whole delay when nothing is in flight, and returns as soon as the last
        // exchange ends otherwise: so only give it the grace period when a request is running.
        http.stop(router.inFlight() == 0 ? 0 : config.shutdownGraceSeconds());
        workers.shutdown();
        try {
            if (!workers.awaitTermination(Math.max(1, config.shutdownGraceSeconds()), TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        relayScheduler.shutdown();
        try {
            if (relayScheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                relay.releaseLease();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            OUTBOX.warn("could not give the outbox lease up at shutdown (it expires by itself): {}", e.getClass().getName());
        }
        database.close();
        LOG.info("OpenCIF stopped");
    }

    private static void shutdownQuietly(ThreadPoolExecutor workers, ScheduledExecutorService scheduler, JdbcAdapters database) {
        if (workers != null) {
            workers.shutdownNow();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        try {
            database.close();
        } catch (RuntimeException suppressed) {
            LOG.warn("closing the database after a failed start failed too: {}", suppressed.getClass().getName());
        }
    }
}
