package dev.opencif.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opencif.adapter.amqp.AmqpBookingConsumer;
import dev.opencif.adapter.jdbc.JdbcAdapters;
import dev.opencif.adapter.jdbc.OutboxRelay;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.idempotency.PurgeIdempotencyRecordsCommand;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.service.IncomeMultipleLimitPolicy;
import dev.opencif.dialect.DialectHandler;
import dev.opencif.domain.shared.CountryNames;
import dev.opencif.server.http.JettyTransport;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenCIF server: the composition root. It opens the database (embedded H2 or PostgreSQL), wires the use cases
 * and the five dialect adapters, and serves them over HTTP with Eclipse Jetty ({@link JettyTransport}) within the
 * configured {@link HttpLimits}. {@link #close} (also run by the shutdown hook of {@link #main}) stops accepting, lets
 * in-flight requests finish within the grace period, and closes the database.
 */
public final class OpenCifServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenCifServer.class);
    private static final Logger OUTBOX = LoggerFactory.getLogger("dev.opencif.server.outbox");
    private static CompletableFuture<Validator> sharedValidator;

    private final ServerConfig config;
    private final JdbcAdapters database;
    private final OpenCif opencif;
    private final DialectCredentials credentials;
    private final JettyTransport http;
    private final ScheduledExecutorService relayScheduler;
    private final OutboxRelay relay;
    private final EventDestination events;
    private final AtomicBoolean closed = new AtomicBoolean();

    private OpenCifServer(ServerConfig config, JdbcAdapters database, OpenCif opencif, DialectCredentials credentials,
                          JettyTransport http, ScheduledExecutorService relayScheduler, OutboxRelay relay,
                          EventDestination events) {
        this.config = config;
        this.database = database;
        this.opencif = opencif;
        this.credentials = credentials;
        this.http = http;
        this.relayScheduler = relayScheduler;
        this.relay = relay;
        this.events = events;
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

    /** As {@link #start(ServerConfig)}, letting tests replace mounted dialects (e.g. a deliberately slow one). */
    static OpenCifServer start(ServerConfig config, UnaryOperator<Map<Dialect, DialectHandler>> mounts) {
        CompletableFuture<Validator> validation = validator();
        warmCountryNames();
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
        EventDestination events = EventDestination.of(config);
        JdbcAdapters database = openDatabase(config, clock);
        ScheduledExecutorService relayScheduler = null;
        try {
            OpenCifPorts ports = database.ports(ibans, registry, clientCredentials);
            OpenCif opencif = OpenCif.builder().ports(ports).validator(joined(validation))
                    .idempotencyRetention(idempotencyRetention(config)).ekycLimitPolicy(ekycLimitPolicy(config.settings())).build();
            if (config.demo()) {
                DemoData.load(opencif, credentials, DialectMounts.walletAsset(config.settings()), System.out);
            }
            Map<Dialect, DialectHandler> handlers = mounts.apply(DialectMounts.mount(opencif, config, credentials));
            relayScheduler = Executors.newSingleThreadScheduledExecutor(named("opencif-outbox"));
            OutboxRelay relay = database.outboxRelay(events.delivery());
            relayScheduler.scheduleWithFixedDelay(() -> events.relayOnce(relay), 1, 1, TimeUnit.SECONDS);
            relayScheduler.scheduleWithFixedDelay(() -> purgeIdempotencyRecords(opencif), 1, 60, TimeUnit.SECONDS);
            events.consumeBookings(opencif.bookLedgerPosting(), config.settings().get("amqp.bookings-queue")
                    .orElse(AmqpBookingConsumer.DEFAULT_QUEUE), relayScheduler);
            JettyTransport http = JettyTransport.start(config.host(), config.port(), config.limits(), List.copyOf(handlers.values()),
                    opencif.checkHealth(), index(handlers));
            OpenCifServer server = new OpenCifServer(config, database, opencif, credentials, http, relayScheduler, relay, events);
            LOG.info("OpenCIF listening on {} ({})", server.url(), config);
            return server;
        } catch (RuntimeException | Error e) {
            shutdownQuietly(relayScheduler, database);
            events.close();
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

    /**
     * Reads the JDK's country names (about 0.3 s) while the database migrates, so that the first request with a country
     * name does not wait for it; a request that comes earlier waits for the same initialisation.
     */
    private static void warmCountryNames() {
        Thread thread = new Thread(() -> CountryNames.find("TR"), "opencif-country-names");
        thread.setDaemon(true);
        thread.start();
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

    /** What {@code GET /} answers: every dialect with its path, its documentation and whether it is mounted. */
    private static ObjectNode index(Map<Dialect, DialectHandler> handlers) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("name", "OpenCIF");
        body.put("description", "one customer-and-account core behind five bank API dialects");
        ArrayNode dialects = body.putArray("dialects");
        for (Dialect dialect : Dialect.values()) {
            ObjectNode node = dialects.addObject();
            node.put("name", dialect.key());
            node.put("title", dialect.title());
            node.put("path", dialect.basePath());
            node.put("docs", dialect.docs());
            node.put("mounted", handlers.containsKey(dialect));
        }
        body.put("health", "/health");
        return body;
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

    /** {@code idempotency.retention-hours} of the configuration file: how long retried writes get their first answer. */
    static Duration idempotencyRetention(ServerConfig config) {
        String hours = config.settings().get("idempotency.retention-hours").orElse("24");
        try {
            int value = Integer.parseInt(hours.strip());
            if (value >= 1 && value <= 720) {
                return Duration.ofHours(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("idempotency.retention-hours must be a whole number of hours from 1 to 720, got " + hours);
    }

    /**
     * The default eKYC limit rule with the configuration's {@code ekyc-limit.income-multiple} (default 3),
     * {@code ekyc-limit.maximum} (default 100000) and {@code ekyc-limit.no-income-working-status-codes} (default none).
     */
    static IncomeMultipleLimitPolicy ekycLimitPolicy(ConfigFile settings) {
        IncomeMultipleLimitPolicy defaults = IncomeMultipleLimitPolicy.DEFAULT;
        BigDecimal multiple = decimalSetting(settings, "ekyc-limit.income-multiple", defaults.incomeMultiple());
        BigDecimal maximum = decimalSetting(settings, "ekyc-limit.maximum", defaults.maximum());
        try {
            return new IncomeMultipleLimitPolicy(multiple, maximum,
                    java.util.Set.copyOf(settings.list("ekyc-limit.no-income-working-status-codes")));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage().replaceFirst("^incomeMultiple", "ekyc-limit.income-multiple")
                    .replaceFirst("^maximum", "ekyc-limit.maximum");
            throw new ConfigException(message, e);
        }
    }

    private static BigDecimal decimalSetting(ConfigFile settings, String key, BigDecimal fallback) {
        String value = settings.get(key).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            BigDecimal parsed = new BigDecimal(value.strip());
            if (Math.abs(parsed.scale()) <= 20 && parsed.precision() <= 30) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(key + " must be a decimal number such as 3 or 100000, got "
                + ConfigException.shown(value));
    }

    /** Forgets answers older than the retention, at most 10,000 a minute, so the table stays the size of a day. */
    private static void purgeIdempotencyRecords(OpenCif opencif) {
        try {
            int purged = opencif.purgeIdempotencyRecords().purge(new PurgeIdempotencyRecordsCommand(10_000));
            if (purged > 0) {
                LOG.debug("purged {} expired idempotency records", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("purging expired idempotency records failed, retrying in a minute: {}", e.getClass().getName());
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
        return http.port();
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
        LOG.info("OpenCIF stopping: no new connections, up to {} s for {} request(s) in flight",
                config.limits().shutdownGraceSeconds(), http.inFlight());
        try {
            http.close();
        } catch (RuntimeException e) {
            LOG.warn("{}", e.getMessage());
        }
        events.stopConsuming();
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
        events.close();
        database.close();
        LOG.info("OpenCIF stopped");
    }

    private static void shutdownQuietly(ScheduledExecutorService scheduler, JdbcAdapters database) {
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
