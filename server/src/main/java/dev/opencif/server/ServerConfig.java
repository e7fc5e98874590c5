package dev.opencif.server;

import dev.opencif.server.http.HttpLimits;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the server starts with: command-line flags first, then {@code OPENCIF_*} environment variables, then
 * defaults (port 8080, embedded H2 under {@code ./data}). Dialect credentials, the bank's IBAN settings and the
 * identity registry come from the {@code --config} file.
 */
public record ServerConfig(
        String host,
        int port,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Path dataDir,
        ConfigFile settings,
        boolean demo,
        HttpLimits limits,
        String amqpUrl) {

    public static final int DEFAULT_PORT = 8080;

    public static final String USAGE = """
            Usage: opencif-server [options]    (the launcher, with the JVM flags of jvm.options)
                   java -jar opencif-server.jar [options]
              --port N              HTTP port (env OPENCIF_PORT, default 8080; 0 = any free port)
              --host ADDRESS        address to bind (env OPENCIF_HOST, default 0.0.0.0)
              --db-url URL          PostgreSQL JDBC URL (env OPENCIF_DB_URL); default: embedded H2 under --data-dir
              --db-user USER        database user (env OPENCIF_DB_USER, default postgres)
              --db-password PW      database password (env OPENCIF_DB_PASSWORD)
              --data-dir DIR        where the embedded database lives (env OPENCIF_DATA_DIR, default ./data)
              --config FILE         credentials and settings, .properties or .json (env OPENCIF_CONFIG)
              --demo                load a small fictional demo data set (env OPENCIF_DEMO=true)
              --amqp-url URL        publish the outbox's events to RabbitMQ, amqp://user:pw@host:5672 (env OPENCIF_AMQP_URL);
                                    default: events stay in the outbox (exchange: amqp.exchange in --config)
              --threads N           request threads (env OPENCIF_THREADS, default 32)
              --max-requests N      requests handled at once, at most --threads (env OPENCIF_MAX_REQUESTS, default: --threads)
              --queue-size N        requests waiting for a slot; beyond: 503 + Retry-After (env OPENCIF_QUEUE_SIZE, default 256)
              --queue-wait S        seconds a request may wait in the queue, then 503 (env OPENCIF_QUEUE_WAIT, default 5)
              --max-body BYTES      request body limit, beyond: 413 (env OPENCIF_MAX_BODY, default 1048576)
              --request-timeout S   seconds a request may be silent while handled (env OPENCIF_REQUEST_TIMEOUT, default 30)
              --idle-timeout S      seconds a connection may be silent otherwise (env OPENCIF_IDLE_TIMEOUT, default 30)
              --header-timeout S    seconds the request line and headers may take (env OPENCIF_HEADER_TIMEOUT, default 10)
              --min-data-rate B     bytes/s a request body must average, 0 = off (env OPENCIF_MIN_DATA_RATE, default 512)
              --max-connections N   open connections (env OPENCIF_MAX_CONNECTIONS, default 2000)
              --shutdown-grace S    seconds in-flight requests get at shutdown (env OPENCIF_SHUTDOWN_GRACE, default 10)
              --help                this text
            """;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(settings, "settings");
        if (port < 0 || port > 65535) {
            throw new ConfigException("port must be between 0 and 65535, got " + port);
        }
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db); "
                    + "leave it out for the embedded database");
        }
        Objects.requireNonNull(limits, "limits");
        if (amqpUrl != null && !amqpUrl.startsWith("amqp://") && !amqpUrl.startsWith("amqps://")) {
            throw new ConfigException("--amqp-url (OPENCIF_AMQP_URL) must be an amqp:// or amqps:// URL such as"
                    + " amqp://user:password@127.0.0.1:5672");
        }
    }

    /** The embedded-database defaults in {@code dataDir}, on {@code port}: for tests and embedding. */
    public static ServerConfig embedded(Path dataDir, int port) {
        return new ServerConfig("127.0.0.1", port, null, null, null, dataDir, ConfigFile.empty(), false,
                HttpLimits.defaults().withThreads(16).withShutdownGraceSeconds(5), null);
    }

    /** Parses flags over environment; throws {@link ConfigException} on anything it does not understand. */
    public static ServerConfig parse(String[] args, Map<String, String> env) {
        Map<String, String> flags = new HashMap<>();
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--demo")) {
                demo = true;
                continue;
            }
            if (!arg.startsWith("--") || arg.length() < 3) {
                throw new ConfigException("unexpected argument " + arg + "; see --help");
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new ConfigException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            if (!FLAGS.containsKey(name)) {
                throw new ConfigException("unknown option --" + name + "; see --help");
            }
            flags.put(name, value);
        }
        Lookup lookup = new Lookup(flags, env);
        if (!demo) {
            demo = lookup.get("demo").map(v -> v.equalsIgnoreCase("true") || v.equals("1")).orElse(false);
        }
        ConfigFile settings = lookup.get("config").map(f -> ConfigFile.load(Path.of(f))).orElse(ConfigFile.empty());
        String dbUrl = lookup.get("db-url").orElse(null);
        return new ServerConfig(
                lookup.get("host").orElse("0.0.0.0"),
                lookup.integer("port", DEFAULT_PORT),
                dbUrl,
                lookup.get("db-user").orElse(dbUrl == null ? null : "postgres"),
                lookup.get("db-password").orElse(null),
                Path.of(lookup.get("data-dir").orElse("data")),
                settings,
                demo,
                limits(lookup),
                lookup.get("amqp-url").orElse(null));
    }

    private static HttpLimits limits(Lookup lookup) {
        HttpLimits defaults = HttpLimits.defaults();
        int threads = lookup.integer("threads", defaults.threads());
        try {
            return new HttpLimits(
                    threads,
                    lookup.integer("max-requests", threads),
                    lookup.integer("queue-size", defaults.queueSize()),
                    lookup.integer("queue-wait", defaults.queueWaitSeconds()),
                    lookup.integer("max-body", defaults.maxBodyBytes()),
                    lookup.integer("request-timeout", defaults.requestTimeoutSeconds()),
                    lookup.integer("idle-timeout", defaults.idleTimeoutSeconds()),
                    lookup.integer("header-timeout", defaults.headerTimeoutSeconds()),
                    lookup.integer("min-data-rate", defaults.minDataRate()),
                    lookup.integer("max-connections", defaults.maxConnections()),
                    lookup.integer("shutdown-grace", defaults.shutdownGraceSeconds()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("port", "OPENCIF_PORT"), Map.entry("host", "OPENCIF_HOST"), Map.entry("db-url", "OPENCIF_DB_URL"),
            Map.entry("db-user", "OPENCIF_DB_USER"), Map.entry("db-password", "OPENCIF_DB_PASSWORD"),
            Map.entry("data-dir", "OPENCIF_DATA_DIR"), Map.entry("config", "OPENCIF_CONFIG"), Map.entry("demo", "OPENCIF_DEMO"),
            Map.entry("threads", "OPENCIF_THREADS"), Map.entry("max-requests", "OPENCIF_MAX_REQUESTS"),
            Map.entry("queue-size", "OPENCIF_QUEUE_SIZE"), Map.entry("queue-wait", "OPENCIF_QUEUE_WAIT"),
            Map.entry("max-body", "OPENCIF_MAX_BODY"), Map.entry("request-timeout", "OPENCIF_REQUEST_TIMEOUT"),
            Map.entry("idle-timeout", "OPENCIF_IDLE_TIMEOUT"), Map.entry("header-timeout", "OPENCIF_HEADER_TIMEOUT"),
            Map.entry("min-data-rate", "OPENCIF_MIN_DATA_RATE"), Map.entry("max-connections", "OPENCIF_MAX_CONNECTIONS"),
            Map.entry("shutdown-grace", "OPENCIF_SHUTDOWN_GRACE"), Map.entry("amqp-url", "OPENCIF_AMQP_URL"));

    private record Lookup(Map<String, String> flags, Map<String, String> env) {
        Optional<String> get(String name) {
            String value = flags.get(name);
            if (value == null) {
                value = env.get(FLAGS.get(name));
            }
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        int integer(String name, int fallback) {
            Optional<String> value = get(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                return Integer.parseInt(value.get());
            } catch (NumberFormatException e) {
                throw new ConfigException("--" + name + " (" + FLAGS.get(name) + ") must be a whole number, got "
                        + value.get().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Whether the server runs on its embedded H2 file database. */
    public boolean embeddedDatabase() {
        return dbUrl == null;
    }

    /**
     * Whether a missing setting may fall back to OpenCIF's fictional demo values (the bank identity LT/60080, the demo
     * citizens, the demo e-money asset): only with {@code --demo}, or on the embedded database started without
     * {@code --config}. Anywhere else a missing setting stops the start.
     */
    public boolean fictionAllowed() {
        return demo || (embeddedDatabase() && settings.values().isEmpty() && settings.source().equals(ConfigFile.empty().source()));
    }

    /** The setting {@code key}; when it is missing, {@code fiction} if {@link #fictionAllowed}, else a start-stopping error. */
    public String setting(String key, String fiction, String meaning) {
        Optional<String> value = settings.get(key);
        if (value.isPresent()) {
            return value.get();
        }
        if (fictionAllowed()) {
            return fiction;
        }
        throw new ConfigException(key + " is not set in " + settings.source() + ": " + meaning + ". (OpenCIF's fictional"
                + " demo value is used only with --demo, or on the embedded database without --config.)");
    }

    public ServerConfig withSettings(ConfigFile newSettings) {
        return new ServerConfig(host, port, dbUrl, dbUser, dbPassword, dataDir, newSettings, demo, limits, amqpUrl);
    }

    public ServerConfig withDemo(boolean newDemo) {
        return new ServerConfig(host, port, dbUrl, dbUser, dbPassword, dataDir, settings, newDemo, limits, amqpUrl);
    }

    public ServerConfig withDatabase(String url, String user, String password) {
        return new ServerConfig(host, port, url, user, password, dataDir, settings, demo, limits, amqpUrl);
    }

    public ServerConfig withAmqpUrl(String url) {
        return new ServerConfig(host, port, dbUrl, dbUser, dbPassword, dataDir, settings, demo, limits, url);
    }

    public ServerConfig withLimits(HttpLimits newLimits) {
        return new ServerConfig(host, port, dbUrl, dbUser, dbPassword, dataDir, settings, demo, newLimits, amqpUrl);
    }

    /** The database URL fit to print: any password in it ({@code password=}, {@code user:password@}) as {@code ***}. */
    public String maskedDbUrl() {
        return maskDbUrl(dbUrl);
    }

    static String maskDbUrl(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1***@");
    }

    private static final java.util.regex.Pattern PASSWORD_PARAMETER =
            java.util.regex.Pattern.compile("(?i)((?:^|[?&;:])[a-z_.-]*(?:password|passwd|pwd|secret)[a-z_.-]*=)[^&;]*");
    private static final java.util.regex.Pattern USER_INFO = java.util.regex.Pattern.compile("(//[^/?#@]*?:)[^/?#@]*@");

    /** Never prints the database password, neither the setting nor one written into the URL. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", db=" + (dbUrl == null ? "embedded H2 in " + dataDir : maskedDbUrl())
                + ", config=" + settings.source() + ", demo=" + demo + ", " + limits
                + (amqpUrl == null ? "" : ", amqp=" + maskDbUrl(amqpUrl)) + "]";
    }
}
