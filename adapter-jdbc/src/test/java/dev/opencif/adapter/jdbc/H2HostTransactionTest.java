package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.opencif.testkit.MutableClock;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenCIF inside the host's transaction on H2 in memory; an H2 file database refuses to join. */
class H2HostTransactionTest extends HostTransactionScenario {
    @Override
    protected String[] database() {
        return new String[] {"jdbc:h2:mem:host_" + UUID.randomUUID().toString().replace("-", "") + ";"
                + JdbcAdapters.H2_POSTGRES_MODE + ";DB_CLOSE_DELAY=-1", "sa", ""};
    }

    @Test
    void an_embedded_h2_file_database_refuses_to_join_a_hosts_transactions(@TempDir Path dir) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("host") + ";" + JdbcAdapters.H2_POSTGRES_MODE);
            pool.setUsername("sa");
            pool.setPassword("");
            assertThatThrownBy(() -> JdbcAdapters.joining(pool, new PlainHost(), MutableClock.standard(),
                    JdbcOptions.defaults().withMigrate(false)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot join");
        }
    }
}
