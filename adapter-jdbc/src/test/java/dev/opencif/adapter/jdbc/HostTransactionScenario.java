package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OpenCIF inside a host application's own transaction ({@link JdbcAdapters#joining}): a host row and OpenCIF's writes
 * commit together, roll back together, and a failure inside OpenCIF makes the host's transaction roll back even when
 * the host swallows it. The host here is plain JDBC on a pool of its own, as a Spring or JTA transaction manager keeps
 * it. Run on H2 in memory and on PostgreSQL.
 */
abstract class HostTransactionScenario {
    private static final AtomicLong ORDER_IDS = new AtomicLong();

    /** The host's transactions: one connection per thread while the host's transaction runs. */
    static final class PlainHost implements HostTransactions {
        private final ThreadLocal<Connection> active = new ThreadLocal<>();
        private final ThreadLocal<Boolean> rollbackOnly = ThreadLocal.withInitial(() -> false);

        @Override
        public Optional<Connection> activeConnection() {
            return Optional.ofNullable(active.get());
        }

        @Override
        public void setRollbackOnly() {
            rollbackOnly.set(true);
        }

        /** Runs {@code work} in a host transaction that commits when {@code commit} and nothing marked it rollback-only. */
        boolean run(HikariDataSource pool, boolean commit, Consumer<Connection> work) {
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                active.set(connection);
                rollbackOnly.set(false);
                try {
                    work.accept(connection);
                    boolean committed = commit && !rollbackOnly.get();
                    if (committed) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    return committed;
                } catch (RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    active.remove();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        boolean markedRollbackOnly() {
            return rollbackOnly.get();
        }
    }

    private final PlainHost host = new PlainHost();
    private HikariDataSource pool;
    private JdbcAdapters adapters;
    private OpenCifPorts ports;

    /** The JDBC URL, user and password of a fresh database for this test. */
    protected abstract String[] database();

    protected void dropDatabase() {
    }

    @BeforeEach
    void open() throws SQLException {
        String[] db = database();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db[0]);
        config.setUsername(db[1]);
        config.setPassword(db[2]);
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        adapters = JdbcAdapters.joining(pool, host, MutableClock.standard(), JdbcOptions.defaults());
        ports = TestDatabase.portsOf(adapters);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE host_order (id BIGINT PRIMARY KEY, customer_id UUID NOT NULL)");
        }
    }

    @AfterEach
    void close() {
        adapters.close();
        pool.close();
        dropDatabase();
    }

    private static void insertOrder(Connection connection, Customer customer) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO host_order (id, customer_id) VALUES (?, ?)")) {
            insert.setLong(1, ORDER_IDS.incrementAndGet());
            insert.setObject(2, customer.id().value());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counted on a connection of its own: what is committed. */
    private long committed(String sql, Object parameter) {
        try (Connection c = pool.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long customersCommitted(Customer customer) {
        return committed("SELECT COUNT(*) FROM customer WHERE id = ?", customer.id().value());
    }

    private long ordersCommitted(Customer customer) {
        return committed("SELECT COUNT(*) FROM host_order WHERE customer_id = ?", customer.id().value());
    }

    private long accountsCommitted(Customer customer) {
        return committed("SELECT COUNT(*) FROM account WHERE customer_id = ?", customer.id().value());
    }

    /** A customer and its account in one OpenCIF unit of work, then the host's own row. */
    private Customer onboardWithOrder(Connection connection) {
        Customer customer = CustomerBuilder.aCustomer().build(MutableClock.standard());
        ports.unitOfWork().inTransaction(() -> {
            ports.saveCustomer().save(customer);
            ports.saveAccount().save(AccountBuilder.anAccount().ownedBy(customer).build(MutableClock.standard()));
            return null;
        });
        insertOrder(connection, customer);
        return customer;
    }

    @Test
    void an_opencif_unit_of_work_inside_the_hosts_transaction_commits_with_it() {
        Customer[] made = new Customer[1];
        assertThat(host.run(pool, true, c -> made[0] = onboardWithOrder(c))).isTrue();

        assertThat(customersCommitted(made[0])).isEqualTo(1);
        assertThat(accountsCommitted(made[0])).isEqualTo(1);
        assertThat(ordersCommitted(made[0])).isEqualTo(1);
    }

    @Test
    void an_opencif_unit_of_work_inside_the_hosts_transaction_rolls_back_with_it() {
        Customer[] made = new Customer[1];
        assertThat(host.run(pool, false, c -> made[0] = onboardWithOrder(c))).isFalse();

        assertThat(customersCommitted(made[0])).isZero();
        assertThat(accountsCommitted(made[0])).isZero();
        assertThat(ordersCommitted(made[0])).isZero();
    }

    @Test
    void nothing_is_committed_before_the_host_commits_and_opencif_reads_see_the_hosts_uncommitted_writes() {
        host.run(pool, false, c -> {
            Customer customer = onboardWithOrder(c);
            assertThat(customersCommitted(customer)).as("seen from outside before the host commits").isZero();
            assertThat(ports.loadCustomer().findById(customer.id())).as("read inside the host's transaction").isPresent();
        });
    }

    @Test
    void a_failure_inside_opencif_makes_the_hosts_transaction_roll_back_even_when_the_host_swallows_it() {
        Customer taken = CustomerBuilder.aCustomer().savedIn(ports);
        Customer[] made = new Customer[1];
        boolean committed = host.run(pool, true, c -> {
            made[0] = onboardWithOrder(c);
            Customer twin = CustomerBuilder.aCustomer().withNationalId(taken.nationalIds().get(0)).build(MutableClock.standard());
            assertThatThrownBy(() -> ports.saveCustomer().save(twin)).isInstanceOf(DuplicateIdentifierException.class);
        });

        assertThat(committed).isFalse();
        assertThat(host.markedRollbackOnly()).isTrue();
        assertThat(customersCommitted(made[0])).isZero();
        assertThat(ordersCommitted(made[0])).isZero();
    }

    @Test
    void outside_a_host_transaction_opencif_runs_and_commits_its_own() {
        Customer customer = CustomerBuilder.aCustomer().savedIn(ports);

        assertThat(customersCommitted(customer)).isEqualTo(1);
    }
}
