package dev.opencif.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.opencif.application.port.out.ClientCredentialPort;
import dev.opencif.application.port.out.EventDeliveryPort;
import dev.opencif.application.port.out.IbanPort;
import dev.opencif.application.port.out.IdentityRegistryPort;
import dev.opencif.application.port.out.ListPersonsPort;
import dev.opencif.application.port.out.OpenCifPorts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Every persistence port of OpenCIF on one database, on plain JDBC: H2 (embedded, PostgreSQL mode) or PostgreSQL.
 * {@link #create} migrates the schema (Flyway, {@code classpath:db/migration/opencif}) and builds the ports;
 * {@link #ports} completes them with the ports that are not database concerns (IBAN derivation, the citizen
 * registry, API client credentials). The {@code h2File}, {@code h2InMemory} and {@code postgres} factories build
 * a HikariCP pool that {@link #close} closes; with {@link #create} the caller owns the data source.
 */
public final class JdbcAdapters implements AutoCloseable {
    /** H2 settings that make it accept the PostgreSQL dialect of the migrations and queries. */
    public static final String H2_POSTGRES_MODE = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /**
     * H2 file settings of a system of record (ADR 010): every commit is written to the file before it returns
     * ({@code WRITE_DELAY=0}; H2's default keeps commits in memory for up to half a second); the database closes
     * when OpenCIF closes it, not in a JVM shutdown hook that would run while requests still drain; and H2 keeps no
     * trace file of its own (its errors, which can quote stored values, reach OpenCIF as exceptions).
     */
    public static final String H2_DURABLE_FILE = "WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    /** Where the migrations live on the classpath. */
    public static final String MIGRATIONS = "classpath:db/migration/opencif";
    /** Flyway's history table, named so it does not clash with a host application's own Flyway table. */
    public static final String HISTORY_TABLE = "opencif_schema_history";

    /** H2's "database is already closed": what a pooled connection reports once SHUTDOWN has done its work. */
    private static final int H2_DATABASE_CLOSED = 90121;

    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final String shutdownStatement;
    private final Clock clock;
    private final JdbcOptions options;
    private final JdbcUnitOfWork unitOfWork;
    private final JdbcCustomerStore customers;
    private final JdbcPersons persons;
    private final JdbcAccountStore accounts;
    private final JdbcNiceNumberHolds holds;
    private final JdbcBankingUserStore bankingUsers;
    private final JdbcOnboardingProcessStore onboardingProcesses;
    private final JdbcAgreementStore agreements;
    private final JdbcProductApplicationStore applications;
    private final JdbcTransactionStore transactions;
    private final JdbcInteractionLog interactions;
    private final JdbcEventOutbox events;
    private final JdbcHealth health;
    private final JdbcIdempotencyRecords idempotency;
    private final JdbcBusinessKeyLocks businessKeys;

    private JdbcAdapters(DataSource dataSource, HikariDataSource ownedPool, String shutdownStatement, Clock clock,
                         JdbcOptions options, HostTransactions host) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.shutdownStatement = shutdownStatement;
        this.clock = clock;
        this.options = options;
        Dialect dialect = Dialect.of(dataSource);
        if (options.migrate()) {
            migrate(dataSource, dialect);
        }
        if (dialect == Dialect.H2 && options.migrate()) {
            H2Sequences.reconcile(dataSource);
        }
        unitOfWork = new JdbcUnitOfWork(dataSource, dialect == Dialect.H2 && Dialect.isFileDatabase(dataSource), host);
        customers = new JdbcCustomerStore(unitOfWork);
        persons = new JdbcPersons(unitOfWork);
        accounts = new JdbcAccountStore(unitOfWork, clock, options.accountNumberLength());
        holds = new JdbcNiceNumberHolds(unitOfWork);
        bankingUsers = new JdbcBankingUserStore(unitOfWork);
        onboardingProcesses = new JdbcOnboardingProcessStore(unitOfWork);
        agreements = new JdbcAgreementStore(unitOfWork);
        applications = new JdbcProductApplicationStore(unitOfWork);
        transactions = new JdbcTransactionStore(unitOfWork);
        interactions = new JdbcInteractionLog(unitOfWork);
        events = new JdbcEventOutbox(unitOfWork);
        health = new JdbcHealth(unitOfWork);
        idempotency = new JdbcIdempotencyRecords(unitOfWork);
        businessKeys = new JdbcBusinessKeyLocks(unitOfWork);
    }

    /**
     * The adapters on the host application's data source, whose units of work join the host's transaction when one is
     * active on the calling thread (see {@link HostTransactions}) and run their own otherwise. PostgreSQL or H2 in
     * memory: an embedded H2 file database cannot join (ADR 010). Migrates first unless {@code options} say not to.
     */
    public static JdbcAdapters joining(DataSource dataSource, HostTransactions host, Clock clock, JdbcOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(options, "options");
        return new JdbcAdapters(dataSource, null, null, clock, options, host);
    }

    /** The adapters on a data source the caller owns (and closes); migrates first unless {@code options} say not to. */
    public static JdbcAdapters create(DataSource dataSource, Clock clock, JdbcOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(options, "options");
        return new JdbcAdapters(dataSource, null, null, clock, options, HostTransactions.NONE);
    }

    /** An embedded H2 database in {@code directory} (file {@code opencif.mv.db}): the zero-setup default. */
    public static JdbcAdapters h2File(Path directory, Clock clock) {
        return h2File(directory, clock, JdbcOptions.defaults());
    }

    public static JdbcAdapters h2File(Path directory, Clock clock, JdbcOptions options) {
        Objects.requireNonNull(directory, "directory");
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("opencif") + ";" + H2_POSTGRES_MODE + ";"
                + H2_DURABLE_FILE;
        return pooled(url, "sa", "", null, clock, options, "SHUTDOWN");
    }

    /** A private in-memory H2 database named {@code name}, dropped by {@link #close}: for tests and demos. */
    public static JdbcAdapters h2InMemory(String name, Clock clock) {
        return h2InMemory(name, clock, JdbcOptions.defaults());
    }

    public static JdbcAdapters h2InMemory(String name, Clock clock, JdbcOptions options) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("an H2 database name is 1 to 64 letters, digits or underscores: " + name);
        }
        String url = "jdbc:h2:mem:" + name + ";" + H2_POSTGRES_MODE + ";DB_CLOSE_DELAY=-1";
        return pooled(url, "sa", "", null, clock, options, "SHUTDOWN");
    }

    /**
     * PostgreSQL at {@code jdbcUrl} (e.g. {@code jdbc:postgresql://db:5432/opencif}, optionally with
     * {@code ?currentSchema=…}); {@code password} may be {@code null} for trust authentication.
     */
    public static JdbcAdapters postgres(String jdbcUrl, String user, String password, Clock clock) {
        return postgres(jdbcUrl, user, password, clock, JdbcOptions.defaults());
    }

    public static JdbcAdapters postgres(String jdbcUrl, String user, String password, Clock clock, JdbcOptions options) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with jdbc:postgresql: — got " + jdbcUrl);
        }
        return pooled(jdbcUrl, user, password, "org.postgresql.Driver", clock, options, null);
    }

    private static JdbcAdapters pooled(String url, String user, String password, String driver, Clock clock,
                                       JdbcOptions options, String shutdownStatement) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(options, "options");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        if (driver != null) {
            config.setDriverClassName(driver);
        }
        config.setMaximumPoolSize(options.maximumPoolSize());
        config.setMinimumIdle(1);
        config.setPoolName("opencif-" + Integer.toHexString(System.identityHashCode(config)));
        HikariDataSource pool = new HikariDataSource(config);
        try {
            return new JdbcAdapters(pool, pool, shutdownStatement, clock, options, HostTransactions.NONE);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static void migrate(DataSource dataSource, Dialect dialect) {
        Flyway.configure(JdbcAdapters.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .table(HISTORY_TABLE)
                .placeholders(dialect.placeholders())
                .load()
                .migrate();
    }

    /**
     * Every port of OpenCIF: the database ports of this adapter plus the three that are not database concerns.
     */
    public OpenCifPorts ports(IbanPort ibans, IdentityRegistryPort identityRegistry, ClientCredentialPort credentials) {
        Objects.requireNonNull(ibans, "ibans");
        Objects.requireNonNull(identityRegistry, "identityRegistry");
        Objects.requireNonNull(credentials, "credentials");
        return OpenCifPorts.builder()
                .loadCustomer(customers).saveCustomer(customers).searchCustomers(customers).customerNumbers(customers)
                .listPersons(persons)
                .loadAccount(accounts).saveAccount(accounts).accountNumbers(accounts).numberAvailability(accounts)
                .ibans(ibans).holds(holds)
                .loadBankingUser(bankingUsers).saveBankingUser(bankingUsers)
                .onboardingProcesses(onboardingProcesses).agreements(agreements).applications(applications)
                .transactions(transactions).transactionSums(transactions).interactions(interactions).events(events)
                .identityRegistry(identityRegistry).credentials(credentials).health(health)
                .idempotency(idempotency).businessKeys(businessKeys).unitOfWork(unitOfWork).clock(clock)
                .build();
    }

    /** A relay that delivers the outbox's pending events, in order and at least once, to {@code delivery}. */
    public OutboxRelay outboxRelay(EventDeliveryPort delivery) {
        return new OutboxRelay(unitOfWork, clock, delivery, options);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Clock clock() {
        return clock;
    }

    public JdbcOptions options() {
        return options;
    }

    public JdbcUnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public JdbcCustomerStore customers() {
        return customers;
    }

    public ListPersonsPort persons() {
        return persons;
    }

    public JdbcAccountStore accounts() {
        return accounts;
    }

    public JdbcNiceNumberHolds holds() {
        return holds;
    }

    public JdbcBankingUserStore bankingUsers() {
        return bankingUsers;
    }

    public JdbcOnboardingProcessStore onboardingProcesses() {
        return onboardingProcesses;
    }

    public JdbcAgreementStore agreements() {
        return agreements;
    }

    public JdbcProductApplicationStore applications() {
        return applications;
    }

    public JdbcTransactionStore transactions() {
        return transactions;
    }

    public JdbcInteractionLog interactions() {
        return interactions;
    }

    public JdbcEventOutbox events() {
        return events;
    }

    public JdbcHealth health() {
        return health;
    }

    /** Closes the pool this adapter built (an H2 database is shut down first); a caller's data source is left open. */
    @Override
    public void close() {
        if (ownedPool == null || ownedPool.isClosed()) {
            return;
        }
        try {
            if (shutdownStatement != null) {
                try (Connection connection = ownedPool.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute(shutdownStatement);
                }
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != H2_DATABASE_CLOSED) {
                throw new IllegalStateException("cannot shut the database down: " + e.getMessage(), e);
            }
        } finally {
            ownedPool.close();
        }
    }
}
