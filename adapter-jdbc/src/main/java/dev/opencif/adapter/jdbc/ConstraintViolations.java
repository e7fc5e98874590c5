package dev.opencif.adapter.jdbc;

import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.OpenCifException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns unique-constraint and foreign-key violations (SQLState 23505, and 23503 or H2's 23506) into the typed
 * errors of the port contracts, by constraint name. The database decides who wins a race or whether a referenced row
 * exists; this only names the refusal.
 */
final class ConstraintViolations {
    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";
    /** H2's own state for a foreign key whose parent row is missing (PostgreSQL reports 23503 for both directions). */
    static final String H2_PARENT_MISSING = "23506";
    /**
     * H2 names the violated constraint first: {@code Unique index or primary key violation: "public.uq_x INDEX …"},
     * {@code Referential integrity constraint violation: "fk_x: public.t FOREIGN KEY(…) …"}.
     */
    private static final Pattern H2_CONSTRAINT = Pattern.compile("violation: \"(?:[^\".:\\s]+\\.)?([^\".:\\s]+)[ \":]");

    /** PostgreSQL's message when no server detail is at hand: {@code … violates unique constraint "uq_x"}. */
    private static final Pattern POSTGRES_CONSTRAINT = Pattern.compile("(?:unique|foreign key) constraint \"([^\"]+)\"");

    private ConstraintViolations() {
    }

    /** A translator for one write: the constraints it may violate and the error each one means. */
    static Function<RuntimeException, RuntimeException> mapping(Map<String, Supplier<? extends OpenCifException>> byConstraint) {
        return e -> violatedConstraint(e)
                .map(name -> byConstraint.get(name.toLowerCase(Locale.ROOT)))
                .<RuntimeException>map(Supplier::get)
                .orElse(e);
    }

    /** What a foreign key's refusal means to the caller: the referenced {@code entity} does not exist. */
    static NotFoundException missing(String entity, Object key) {
        return new NotFoundException(entity, String.valueOf(key));
    }

    /**
     * The name of the unique or foreign-key constraint {@code failure} violated, if it is such a violation. Follows causes and the
     * next-exception chain, since a failed JDBC batch reports the database's error as the batch exception's next one.
     */
    static Optional<String> violatedConstraint(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState()) || FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())
                        || H2_PARENT_MISSING.equals(sql.getSQLState())) {
                    Optional<String> name = constraintName(sql);
                    if (name.isPresent()) {
                        return name;
                    }
                }
                if (sql.getNextException() != null) {
                    pending.add(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> constraintName(SQLException e) {
        if (e instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server != null && server.getConstraint() != null) {
                return Optional.of(server.getConstraint());
            }
        }
        String message = e.getMessage();
        if (message != null) {
            for (Pattern pattern : List.of(H2_CONSTRAINT, POSTGRES_CONSTRAINT)) {
                Matcher m = pattern.matcher(message);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
