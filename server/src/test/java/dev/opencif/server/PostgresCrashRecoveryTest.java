package dev.opencif.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/** {@link CrashRecoveryScenario} on PostgreSQL, in a schema of its own ({@code OPENCIF_PG_URL}, …_USER, …_PASSWORD). */
@Tag("postgres")
class PostgresCrashRecoveryTest extends CrashRecoveryScenario {
    static final String URL = env("OPENCIF_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("OPENCIF_PG_USER", "postgres");
    static final String PASSWORD = System.getenv("OPENCIF_PG_PASSWORD");

    private final String schema = "opencif_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private String schemaUrl() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    @BeforeEach
    void createSchema() throws SQLException {
        sql("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Override
    protected List<String> databaseArguments() {
        List<String> args = new ArrayList<>(List.of("--db-url", schemaUrl(), "--db-user", USER));
        if (PASSWORD != null) {
            args.addAll(List.of("--db-password", PASSWORD));
        }
        return args;
    }

    @Override
    protected Connection openDatabase() throws SQLException {
        return DriverManager.getConnection(schemaUrl(), USER, PASSWORD);
    }
}
