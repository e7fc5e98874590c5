package dev.opencif.adapter.jdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table's columns as a fixed SELECT list, so that rows are read by position: on H2 a read by column name builds
 * a name-to-position map for every result set, which for the 53 customer columns costs more than the query.
 */
final class Columns {
    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();

    private Columns(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            if (positions.put(this.names.get(i), i + 1) != null) {
                throw new IllegalArgumentException("column listed twice: " + this.names.get(i));
            }
        }
    }

    static Columns of(String... names) {
        return new Columns(List.of(names));
    }

    /** The SELECT list, each column qualified with {@code alias} (e.g. {@code c.id, c.cif, …}). */
    String select(String alias) {
        return names.stream().map(n -> alias + "." + n).collect(Collectors.joining(", "));
    }

    /** {@code INSERT INTO table (…every column…) VALUES (?, …)}, parameters in this list's order. */
    String insert(String table) {
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)";
    }

    /** {@code UPDATE table SET c = ?, … WHERE key = ? AND version = ?}: every column but {@code key}, in this list's order. */
    String updateByKeyAndVersion(String table, String key) {
        return "UPDATE " + table + " SET " + names.stream().filter(n -> !n.equals(key)).map(n -> n + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE " + key + " = ? AND version = ?";
    }

    /** An empty row of values, filled by column name, in this list's order. */
    Values values() {
        return new Values();
    }

    /** A row's values by column name, for {@link #insert} and {@link #updateByKeyAndVersion}. */
    final class Values {
        private final Object[] values = new Object[names.size()];

        Values set(String column, Object value) {
            values[at(column) - 1] = value;
            return this;
        }

        /** The values in column order (for an INSERT). */
        Object[] all() {
            return values.clone();
        }

        /** The values but {@code key}'s, then {@code key}'s and the expected version (for an UPDATE). */
        Object[] forUpdate(String key, long expectedVersion) {
            Object[] out = new Object[values.length + 1];
            int k = at(key) - 1;
            int j = 0;
            for (int i = 0; i < values.length; i++) {
                if (i != k) {
                    out[j++] = values[i];
                }
            }
            out[j++] = values[k];
            out[j] = expectedVersion;
            return out;
        }
    }

    /** The 1-based position of {@code name} in {@link #select}'s result. */
    int at(String name) {
        Integer position = positions.get(name);
        if (position == null) {
            throw new IllegalArgumentException("not a selected column: " + name);
        }
        return position;
    }
}
