package dev.opencif.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Puts H2's sequences and identity columns back above every value the tables hold, once, when an H2 database opens.
 * H2 persists a sequence's position lazily (it caches a range and writes the new high mark in its own time), so after
 * the process was killed a sequence can restart below values that committed transactions used: a CIF or account
 * number confirmed before the crash would be handed out again, an outbox id would collide (ADR 010). Committed rows
 * are durable, so their maximum is a safe floor. PostgreSQL's sequences are crash-safe and never need this; an H2 file
 * is opened by one process only, so nothing races the adjustment.
 */
final class H2Sequences {
    /** Each business sequence and the query for the highest value it ever gave to a committed row. */
    static final Map<String, String> SEQUENCES = Map.of(
            "customer_number_seq", "SELECT MAX(cif) FROM customer",
            "account_number_seq", "SELECT MAX(CAST(account_number AS BIGINT)) FROM nice_number_hold WHERE status = 'ISSUED'",
            "onboarding_process_id_seq", "SELECT MAX(id) FROM onboarding_process");
    static final String NEXT_OF_SEQUENCE = "SELECT base_value FROM information_schema.sequences"
            + " WHERE sequence_schema = CURRENT_SCHEMA AND sequence_name = ?";
    static final String IDENTITIES = "SELECT table_name, column_name, identity_base FROM information_schema.columns"
            + " WHERE table_schema = CURRENT_SCHEMA AND is_identity = 'YES'";

    private H2Sequences() {
    }

    /** Moves every sequence and identity that would hand out a value already stored past it; how many moved. */
    static int reconcile(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            int moved = 0;
            for (Map.Entry<String, String> sequence : SEQUENCES.entrySet()) {
                long highest = PlainSql.single(c, "SELECT COALESCE((" + sequence.getValue() + "), 0)");
                List<Long> next = PlainSql.list(c, NEXT_OF_SEQUENCE, rs -> rs.getLong(1), sequence.getKey());
                if (!next.isEmpty() && next.get(0) <= highest) {
                    PlainSql.update(c, "ALTER SEQUENCE " + sequence.getKey() + " RESTART WITH " + (highest + 1));
                    moved++;
                }
            }
            for (String[] identity : PlainSql.list(c, IDENTITIES, rs -> new String[] {rs.getString(1), rs.getString(2),
                    Long.toString(rs.getLong(3))})) {
                String table = identity[0];
                String column = identity[1];
                long highest = PlainSql.single(c, "SELECT COALESCE(MAX(" + column + "), 0) FROM " + table);
                if (Long.parseLong(identity[2]) <= highest) {
                    PlainSql.update(c, "ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + (highest + 1));
                    moved++;
                }
            }
            return moved;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check H2's sequences against the stored values: " + e.getMessage(), e);
        }
    }
}
