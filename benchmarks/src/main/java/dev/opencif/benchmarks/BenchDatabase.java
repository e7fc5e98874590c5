package dev.opencif.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.opencif.adapter.jdbc.JdbcAdapters;
import dev.opencif.adapter.jdbc.JdbcOptions;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.testkit.memory.InMemoryClientCredentials;
import dev.opencif.testkit.memory.InMemoryIbanIssuer;
import dev.opencif.testkit.memory.InMemoryIdentityRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * One database for a benchmark, opened through adapter-jdbc (so the schema is the real, migrated one): H2 in memory,
 * H2 in a file, or a schema of its own on PostgreSQL ({@code OPENCIF_PG_URL}). The facade and the plain-JDBC
 * baseline share its connection pool, so both pay the same pool and driver costs.
 */
public final class BenchDatabase implements AutoCloseable {
    /** Where file databases live: {@code -Dopencif.bench.dir}, default {@code <tmp>/opencif-bench}. */
    public static Path dataRoot() {
        return Path.of(System.getProperty("opencif.bench.dir", Path.of(System.getProperty("java.io.tmpdir"), "opencif-bench").toString()));
    }

    private final String kind;
    private final String pgSchema;
    private Path freshDir;
    private HikariDataSource ownedPool;
    private final JdbcAdapters adapters;
    private final OpenCif opencif;
    private final InMemoryIbanIssuer ibans = new InMemoryIbanIssuer(CountryCode.of("LT"), "60080");
    private final InMemoryClientCredentials credentials = new InMemoryClientCredentials();

    private BenchDatabase(String kind, String pgSchema, JdbcAdapters adapters) {
        this.kind = kind;
        this.pgSchema = pgSchema;
        this.adapters = adapters;
        OpenCifPorts ports = adapters.ports(ibans, new InMemoryIdentityRegistry(), credentials);
        this.opencif = OpenCif.builder().ports(ports).build();
    }

    /** Whether PostgreSQL benchmarks run: {@code OPENCIF_PG_URL} is set. */
    public static boolean postgresConfigured() {
        String url = System.getenv("OPENCIF_PG_URL");
        return url != null && !url.isBlank();
    }

    /**
     * An empty database of {@code kind} ({@code h2mem}, {@code h2file}, {@code h2file_delayed}: H2's default write delay,
     * {@code postgres}); dropped by {@link #close}.
     */
    public static BenchDatabase fresh(String kind, String name) {
        String unique = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        switch (kind) {
            case "h2mem":
                return new BenchDatabase(kind, null, JdbcAdapters.h2InMemory(unique, Clock.systemUTC()));
            case "h2file": {
                Path dir = dataRoot().resolve("fresh").resolve(unique);
                deleteTree(dir);
                createDirectories(dir);
                BenchDatabase db = new BenchDatabase(kind, null, JdbcAdapters.h2File(dir, Clock.systemUTC()));
                db.freshDir = dir;
                return db;
            }
            case "h2file_delayed": {
                // the H2 file database as OpenCIF opened it before ADR 010: H2's default write delay (commits reach the file
                // up to 500 ms later), for the cost of durability in the same run
                Path dir = dataRoot().resolve("fresh").resolve(unique);
                deleteTree(dir);
                createDirectories(dir);
                HikariConfig config = new HikariConfig();
                config.setJdbcUrl("jdbc:h2:file:" + dir.toAbsolutePath().resolve("opencif") + ";" + JdbcAdapters.H2_POSTGRES_MODE
                        + ";DB_CLOSE_ON_EXIT=FALSE");
                config.setUsername("sa");
                config.setPassword("");
                config.setMaximumPoolSize(JdbcOptions.DEFAULT_MAXIMUM_POOL_SIZE);
                HikariDataSource pool = new HikariDataSource(config);
                BenchDatabase db = new BenchDatabase(kind, null, JdbcAdapters.create(pool, Clock.systemUTC(), JdbcOptions.defaults()));
                db.freshDir = dir;
                db.ownedPool = pool;
                return db;
            }
            case "postgres": {
                String schema = "opencif_bench_" + unique.toLowerCase();
                pgExecute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
                return new BenchDatabase(kind, schema, JdbcAdapters.postgres(pgUrl(schema), pgUser(), pgPassword(), Clock.systemUTC()));
            }
            default:
                throw new IllegalArgumentException("unknown database kind " + kind + " (h2mem, h2file, h2file_delayed, postgres)");
        }
    }

    /**
     * A database kept between runs ({@code h2}: a file under {@link #dataRoot()}, {@code postgres}: schema
     * {@code opencif_bench_<name>}), so large data sets are seeded once per database; {@link #close} keeps it.
     */
    public static BenchDatabase persistent(String kind, String name) {
        try {
            return openPersistent(kind, name);
        } catch (org.flywaydb.core.api.FlywayException e) {
            // the migrations changed since the data was seeded: seed again on the current schema
            System.err.println("kept database " + name + " (" + kind + ") does not match the migrations any more: recreating it ("
                    + e.getClass().getSimpleName() + ")");
            dropPersistent(kind, name);
            return openPersistent(kind, name);
        }
    }

    private static BenchDatabase openPersistent(String kind, String name) {
        switch (kind) {
            case "h2":
            case "h2file": {
                Path dir = dataRoot().resolve("kept").resolve(name);
                createDirectories(dir);
                return new BenchDatabase("h2file", null, JdbcAdapters.h2File(dir, Clock.systemUTC()));
            }
            case "postgres": {
                String schema = "opencif_bench_" + name.toLowerCase();
                pgExecute("CREATE SCHEMA IF NOT EXISTS " + schema);
                return new BenchDatabase(kind, null, JdbcAdapters.postgres(pgUrl(schema), pgUser(), pgPassword(), Clock.systemUTC()));
            }
            default:
                throw new IllegalArgumentException("unknown database kind " + kind + " (h2, postgres)");
        }
    }

    /** Throws the persistent database {@code name} of {@code kind} away, so the next run seeds it again. */
    public static void dropPersistent(String kind, String name) {
        if (kind.equals("postgres")) {
            pgExecute("DROP SCHEMA IF EXISTS opencif_bench_" + name.toLowerCase() + " CASCADE");
        } else {
            deleteTree(dataRoot().resolve("kept").resolve(name));
        }
    }

    public String kind() {
        return kind;
    }

    public boolean isPostgres() {
        return kind.equals("postgres");
    }

    public OpenCif opencif() {
        return opencif;
    }

    public JdbcAdapters adapters() {
        return adapters;
    }

    public DataSource dataSource() {
        return adapters.dataSource();
    }

    public InMemoryIbanIssuer ibans() {
        return ibans;
    }

    /** The API clients the dialect handlers on this database authenticate. */
    public InMemoryClientCredentials credentials() {
        return credentials;
    }

    public Connection connection() {
        try {
            return adapters.dataSource().getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        adapters.close();
        if (ownedPool != null) {
            shutdownH2(ownedPool);
            ownedPool.close();
        }
        if (pgSchema != null) {
            pgExecute("DROP SCHEMA IF EXISTS " + pgSchema + " CASCADE");
        }
        if (freshDir != null) {
            deleteTree(freshDir);
        }
    }

    private static void shutdownH2(DataSource pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed
        }
    }

    // ---- PostgreSQL --------------------------------------------------------------------------------

    static String pgBaseUrl() {
        String url = System.getenv("OPENCIF_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    static String pgUrl(String schema) {
        String base = pgBaseUrl();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static String pgUser() {
        String user = System.getenv("OPENCIF_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    static String pgPassword() {
        return System.getenv("OPENCIF_PG_PASSWORD");
    }

    /** A connection of its own (not pooled) for bulk seeding; {@code batched} rewrites batches into multi-row inserts. */
    static Connection pgConnection(String schema, boolean batched) throws SQLException {
        String url = schema == null ? pgBaseUrl() : pgUrl(schema);
        if (batched) {
            url = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        return DriverManager.getConnection(url, pgUser(), pgPassword());
    }

    private static void pgExecute(String... statements) {
        try (Connection c = pgConnection(null, false); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + pgBaseUrl() + ": " + e.getMessage(), e);
        }
    }

    // ---- files -------------------------------------------------------------------------------------

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
