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

    /** Whether {@code dataSource} is an H2 database kept in a file (not {@code jdbc:h2:mem:}): one that must survive a crash. */
    static boolean isFileDatabase(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
    }
}
