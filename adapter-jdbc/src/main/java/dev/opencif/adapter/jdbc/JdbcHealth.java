package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.HealthPort;
import java.util.Objects;

/** Storage health: the database answers {@code SELECT 1}. */
public final class JdbcHealth implements HealthPort {
    static final String PING = "SELECT 1";

    private final JdbcUnitOfWork uow;

    JdbcHealth(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public boolean storageReachable() {
        try {
            return uow.read(c -> PlainSql.single(c, PING)) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
