package dev.opencif.adapter.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema {@code opencif_test_<random>} on the test PostgreSQL ({@code OPENCIF_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}; {@code OPENCIF_PG_USER}, default {@code postgres};
 * {@code OPENCIF_PG_PASSWORD}, default none), dropped with everything in it on {@link #close}.
 */
final class PostgresSchema implements AutoCloseable {
    static final String URL = env("OPENCIF_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("OPENCIF_PG_USER", "postgres");
    static final String PASSWORD = env("OPENCIF_PG_PASSWORD", null);

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    static PostgresSchema create() {
        PostgresSchema schema = new PostgresSchema("opencif_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    String name() {
        return name;
    }

    /** The JDBC URL whose connections work in this schema. */
    String url() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    JdbcAdapters adapters(java.time.Clock clock) {
        return JdbcAdapters.postgres(url(), USER, PASSWORD, clock);
    }

    JdbcAdapters adapters(java.time.Clock clock, JdbcOptions options) {
        return JdbcAdapters.postgres(url(), USER, PASSWORD, clock, options);
    }

    @Override
    public void close() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " as " + USER + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
