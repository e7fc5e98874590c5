package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.contract.StoredEvent;
import dev.opencif.testkit.memory.InMemoryAdapters;
import dev.opencif.testkit.memory.InMemoryClientCredentials;
import dev.opencif.testkit.memory.InMemoryIbanIssuer;
import dev.opencif.testkit.memory.InMemoryIdentityRegistry;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One database per test class, H2 in memory or a fresh PostgreSQL schema, with the adapters on it. The adapters'
 * clock forwards to each test's clock; the ports that are not database concerns come from the testkit.
 */
final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
    static final String PENDING_AND_PUBLISHED = "SELECT event_type, aggregate_type, aggregate_id FROM outbox_event ORDER BY id";

    private final boolean postgres;
    private final ForwardingClock clock = new ForwardingClock(MutableClock.standard());
    private PostgresSchema schema;
    private JdbcAdapters adapters;
    private OpenCifPorts ports;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    static TestDatabase h2() {
        return new TestDatabase(false);
    }

    static TestDatabase postgres() {
        return new TestDatabase(true);
    }

    static OpenCifPorts portsOf(JdbcAdapters adapters) {
        return adapters.ports(new InMemoryIbanIssuer(CountryCode.of(InMemoryAdapters.DEFAULT_IBAN_COUNTRY),
                InMemoryAdapters.DEFAULT_BANK_CODE), new InMemoryIdentityRegistry(), new InMemoryClientCredentials());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (postgres) {
            schema = PostgresSchema.create();
            adapters = schema.adapters(clock);
        } else {
            adapters = JdbcAdapters.h2InMemory("t_" + UUID.randomUUID().toString().replace("-", ""), clock);
        }
        ports = portsOf(adapters);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (adapters != null) {
                adapters.close();
            }
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }

    /** The ports of this class's database, now reading {@code testClock}. */
    OpenCifPorts ports(MutableClock testClock) {
        clock.forwardTo(testClock);
        return ports;
    }

    JdbcAdapters adapters() {
        return adapters;
    }

    /** Every event in the outbox, in outbox order. */
    List<StoredEvent> storedEvents() {
        return adapters.unitOfWork().read(c -> PlainSql.list(c, PENDING_AND_PUBLISHED,
                rs -> new StoredEvent(rs.getString(1), rs.getString(2), rs.getString(3))));
    }

    /** The single number {@code sql} (e.g. a {@code COUNT(*)}) answers on {@code adapters}' database. */
    static long single(JdbcAdapters adapters, String sql, Object... params) {
        return adapters.unitOfWork().read(c -> PlainSql.single(c, sql, params));
    }
}
