package dev.opencif.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IdempotentRetriesScenario} on two server instances sharing one PostgreSQL schema: a retry that lands on the
 * other instance gets the first answer, and concurrent requests with one key, split over both, have one effect.
 */
@Tag("postgres")
class PostgresIdempotentRetriesTest extends IdempotentRetriesScenario {
    private static final String URL = env("OPENCIF_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("OPENCIF_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv("OPENCIF_PG_PASSWORD");
    private static final String SCHEMA = "opencif_idem_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @TempDir
    static Path dir;

    private static OpenCifServer a;
    private static OpenCifServer b;

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    @BeforeAll
    static void start() throws SQLException {
        sql("CREATE SCHEMA " + SCHEMA);
        ServerConfig config = E2e.config(dir).withDatabase(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, USER, PASSWORD);
        a = OpenCifServer.start(config);
        b = OpenCifServer.start(config);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Override
    protected OpenCifServer first() {
        return a;
    }

    @Override
    protected OpenCifServer second() {
        return b;
    }
}
