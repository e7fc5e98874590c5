package dev.opencif.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** The two databases the one migration set supports, and the little that differs between them. */
enum Dialect {
    H2(""),
    POSTGRESQL("COLLATE \"C\"");

    private final String collateC;

    Dialect(String collateC) {
        this.collateC = collateC;
    }

    /** Flyway placeholders of the migration scripts. */
    Map<String, String> placeholders() {
        return Map.of("collate_c", collateC);
    }

    static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalStateException("unsupported database " + product + ": OpenCIF runs on H2 or PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
    }
}
