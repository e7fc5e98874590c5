package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.memory.InMemoryClientCredentials;
import dev.opencif.testkit.memory.InMemoryIdentityRegistry;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The adapter's factories, options, health and life cycle, on in-memory H2. */
class JdbcAdaptersTest {
    private final MutableClock clock = MutableClock.standard();

    private static String freshName() {
        return "a_" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void health_answers_while_the_pool_is_open_and_not_after_close() {
        JdbcAdapters adapters = JdbcAdapters.h2InMemory(freshName(), clock);
        OpenCifPorts ports = TestDatabase.portsOf(adapters);
        assertThat(ports.health().storageReachable()).isTrue();

        adapters.close();
        adapters.close();

        assertThat(ports.health().storageReachable()).isFalse();
    }

    @Test
    void a_second_adapter_on_a_migrated_database_sees_the_same_data_and_leaves_the_callers_data_source_open() {
        try (JdbcAdapters owner = JdbcAdapters.h2InMemory(freshName(), clock)) {
            DataSource dataSource = owner.dataSource();
            var customer = CustomerBuilder.aCustomer().savedIn(TestDatabase.portsOf(owner));

            JdbcAdapters guest = JdbcAdapters.create(dataSource, clock, JdbcOptions.defaults());
            assertThat(TestDatabase.portsOf(guest).loadCustomer().findById(customer.id())).isPresent();
            guest.close();

            assertThat(owner.health().storageReachable()).isTrue();
            long migrations = TestDatabase.single(owner, "SELECT COUNT(*) FROM " + JdbcAdapters.HISTORY_TABLE
                    + " WHERE success AND version = '1'");
            assertThat(migrations).isEqualTo(1);
        }
    }

    @Test
    void the_unit_of_work_is_active_only_inside_in_transaction_on_its_thread() throws Exception {
        try (JdbcAdapters adapters = JdbcAdapters.h2InMemory(freshName(), clock)) {
            JdbcUnitOfWork unitOfWork = adapters.unitOfWork();
            assertThat(unitOfWork.isActive()).isFalse();

            boolean[] seen = new boolean[2];
            unitOfWork.inTransaction(() -> {
                seen[0] = unitOfWork.isActive();
                seen[1] = java.util.concurrent.CompletableFuture.supplyAsync(unitOfWork::isActive).join();
                return null;
            });

            assertThat(seen).containsExactly(true, false);
            assertThat(unitOfWork.isActive()).isFalse();
        }
    }

    @Test
    void ordinary_account_numbers_are_zero_padded_to_the_configured_length() {
        try (JdbcAdapters adapters = JdbcAdapters.h2InMemory(freshName(), clock, JdbcOptions.defaults().withAccountNumberLength(12))) {
            AccountNumber number = adapters.accounts().nextAccountNumber();

            assertThat(adapters.accounts().accountNumberLength()).isEqualTo(12);
            assertThat(number.value()).hasSize(12).startsWith("00401258376");
        }
    }

    @Test
    void refuses_options_out_of_range() {
        assertThatThrownBy(() -> JdbcOptions.defaults().withAccountNumberLength(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcOptions.defaults().withAccountNumberLength(21)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcOptions.defaults().withMaximumPoolSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcOptions.defaults().withOutboxBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(JdbcOptions.defaults().withMigrate(false).migrate()).isFalse();
    }

    @Test
    void refuses_bad_database_names_urls_and_missing_arguments() {
        assertThatThrownBy(() -> JdbcAdapters.h2InMemory("x;INIT=RUNSCRIPT", clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcAdapters.postgres("jdbc:h2:mem:x", "sa", null, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcAdapters.create(null, clock, JdbcOptions.defaults()))
                .isInstanceOf(NullPointerException.class).hasMessage("dataSource");
        try (JdbcAdapters adapters = JdbcAdapters.h2InMemory(freshName(), clock)) {
            assertThatThrownBy(() -> adapters.ports(null, new InMemoryIdentityRegistry(), new InMemoryClientCredentials()))
                    .isInstanceOf(NullPointerException.class).hasMessage("ibans");
        }
    }

    @Test
    void without_migrations_an_empty_database_is_not_usable() {
        try (JdbcAdapters migrated = JdbcAdapters.h2InMemory(freshName(), clock, JdbcOptions.defaults().withMigrate(false))) {
            assertThat(migrated.health().storageReachable()).isTrue();
            assertThatThrownBy(() -> migrated.customers().nextCustomerNumber()).isInstanceOf(DatabaseException.class);
        }
    }
}
