package dev.opencif.adapter.jdbc;

import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/** Column readers shared by the row mappers, and the binding of {@link Instant} as TIMESTAMP WITH TIME ZONE. */
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

    /** Binds instants as {@link OffsetDateTime} in UTC, which both drivers store as TIMESTAMP WITH TIME ZONE exactly. */
    static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            OffsetDateTime utc = value.atOffset(ZoneOffset.UTC);
            return (position, statement, context) -> statement.setObject(position, utc);
        }
    }

    /** Binds UUIDs with {@code setObject}, and a missing one as an untyped NULL that PostgreSQL accepts for a UUID column. */
    static final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {
        UuidArgumentFactory() {
            super(Types.OTHER);
        }

        @Override
        protected Argument build(UUID value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value);
        }
    }
}
