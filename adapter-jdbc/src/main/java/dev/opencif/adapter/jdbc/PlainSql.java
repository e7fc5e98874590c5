package dev.opencif.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The adapter's statements on plain JDBC, on the connection {@link JdbcUnitOfWork} hands out: positional parameters
 * ({@link Instant} bound as a UTC {@code OffsetDateTime}, {@code null} as an untyped NULL, which H2 and PostgreSQL
 * accept for every column type), rows read by position by a {@link RowReader}. An {@code IN (<list>)} placeholder is
 * expanded to one {@code ?} per value.
 */
final class PlainSql {
    /** Reads the current row of a result set. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private PlainSql() {
    }

    static <T> List<T> list(Connection connection, String sql, RowReader<T> reader, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindNullable(statement, params);
            return rows(statement, reader);
        }
    }

    /** The first row {@code sql} answers, if any. */
    static <T> Optional<T> first(Connection connection, String sql, RowReader<T> reader, Object... params) throws SQLException {
        List<T> rows = list(connection, sql, reader, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs {@code sql} with its {@code placeholder} (e.g. {@code <ids>}) expanded to one parameter per value. */
    static <T> List<T> listIn(Connection connection, String sql, String placeholder, List<?> values, RowReader<T> reader)
            throws SQLException {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        String expanded = sql.replace(placeholder, "?, ".repeat(values.size() - 1) + "?");
        return list(connection, expanded, reader, values.toArray());
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
    static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindNullable(statement, params);
            return statement.executeUpdate();
        }
    }

    /** Runs one statement for each row of parameters as a JDBC batch; nothing when there are none. */
    static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bindNullable(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The single {@code long} a query such as {@code SELECT nextval(…)} or {@code SELECT COUNT(*)} answers. */
    static long single(Connection connection, String sql, Object... params) throws SQLException {
        return list(connection, sql, rs -> rs.getLong(1), params).get(0);
    }

    private static void bindNullable(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                bind(statement, i + 1, params[i]);
            }
        }
    }

    private static <T> List<T> rows(PreparedStatement statement, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        statement.setObject(index, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
    }

    /** {@code failure} as an unchecked exception: runtime exceptions as they are, SQL failures as {@link DatabaseException}. */
    static RuntimeException unchecked(Exception failure) {
        return failure instanceof RuntimeException r ? r : new DatabaseException("a statement failed: " + failure.getMessage(), failure);
    }
}
