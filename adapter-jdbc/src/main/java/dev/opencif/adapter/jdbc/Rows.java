package dev.opencif.adapter.jdbc;

import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Column readers shared by the row mappers. */
final class Rows {
    private Rows() {
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A money value from its amount, currency and minor-units columns; {@code null} when the amount is. */
    static Money money(ResultSet rs, String amount, String currency, String minorUnits) throws SQLException {
        BigDecimal value = rs.getBigDecimal(amount);
        if (value == null) {
            return null;
        }
        return new Money(value, new AssetCode(rs.getString(currency)), rs.getInt(minorUnits));
    }

    /** A money value from its amount, currency and minor-units columns' positions; {@code null} when the amount is. */
    static Money money(ResultSet rs, int amount, int currency, int minorUnits) throws SQLException {
        BigDecimal value = rs.getBigDecimal(amount);
        if (value == null) {
            return null;
        }
        return new Money(value, new AssetCode(rs.getString(currency)), rs.getInt(minorUnits));
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, int column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    static String currency(Money money) {
        return money == null ? null : money.currency().value();
    }

    static Integer minorUnits(Money money) {
        return money == null ? null : money.minorUnits();
    }
}
