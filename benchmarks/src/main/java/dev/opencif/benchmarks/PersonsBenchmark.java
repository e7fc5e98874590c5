package dev.opencif.benchmarks;

import dev.opencif.adapter.rest.blink.BlinkConfig;
import dev.opencif.adapter.rest.blink.BlinkHandler;
import dev.opencif.adapter.rest.blink.BlinkUseCases;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (6) A bLink open-finance service user's view at {@code size} customers, half of which consented to it (every tenth
 * consenting customer also represented by a customer that did not): {@code GET /blink/v1/persons} (a page of 20 at a
 * rotating offset below 1,000, with its exact total) and {@code GET /blink/v1/customers/{id}} (a consenting customer,
 * rotating), through the bLink handler on adapter-jdbc, against plain SQL answering the same questions (count + page of
 * person rows in one repeatable-read transaction, so that they agree, as OpenCIF's do; the customer row if consented) on
 * the same pool.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PersonsBenchmark {
    static final String SECRET = "s3cret-token";
    static final String CONSENTED = "EXISTS (SELECT 1 FROM agreement a WHERE a.customer_id = %s AND a.agreement_type = 'OPEN_FINANCE'"
            + " AND a.grantee = ? AND a.status = 'ACTIVE' AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?))";
    static final String COUNT = "SELECT COUNT(*) FROM (SELECT a.customer_id FROM agreement a WHERE a.agreement_type = 'OPEN_FINANCE'"
            + " AND a.grantee = ? AND a.status = 'ACTIVE' AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)"
            + " UNION SELECT r.person_id FROM customer_representative r WHERE " + CONSENTED.formatted("r.customer_id") + ") p";
    static final String EFFECTIVE = "a.agreement_type = 'OPEN_FINANCE' AND a.grantee = ? AND a.status = 'ACTIVE'"
            + " AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)";
    static final String PAGE = "SELECT c.id, c.cif, c.first_name, c.last_name, c.status FROM customer c WHERE EXISTS ("
            + "SELECT 1 FROM agreement a WHERE a.customer_id = c.id AND " + EFFECTIVE + " UNION ALL SELECT 1 FROM"
            + " customer_representative r JOIN agreement a ON a.customer_id = r.customer_id AND " + EFFECTIVE
            + " WHERE r.person_id = c.id) ORDER BY c.cif LIMIT 20 OFFSET ?";
    static final String CUSTOMER = "SELECT c.id, c.cif, c.first_name, c.last_name, c.status FROM customer c WHERE c.id = ? AND "
            + CONSENTED.formatted("c.id");

    @Param({"h2", "postgres"})
    public String db;

    @Param("100000")
    public int size;

    BenchDatabase database;
    BlinkHandler blink;
    Map<String, List<String>> auth;
    List<UUID> consented;
    int cursor;

    @Setup
    public void open() throws SQLException {
        database = BenchDatabase.persistent(db, "persons_" + size);
        Seeder.seedConsents(database, size);
        database.credentials().addClient(BlinkConfig.DEFAULT_REALM, Seeder.SERVICE_USER, SECRET, Set.of(), null);
        blink = new BlinkHandler(BlinkUseCases.from(database.opencif()), BlinkConfig.defaults());
        auth = Map.of("Authorization", List.of("Bearer " + Seeder.SERVICE_USER + "." + SECRET));
        consented = new ArrayList<>();
        try (Connection c = database.connection();
             PreparedStatement s = c.prepareStatement("SELECT customer_id FROM agreement ORDER BY customer_id LIMIT 5000");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                consented.add(rs.getObject(1, UUID.class));
            }
        }
    }

    @TearDown
    public void close() {
        database.close();
    }

    private int next(int bound) {
        cursor = (cursor + 37) % bound;
        return cursor;
    }

    private byte[] ok(DialectResponse response) {
        if (response.status() != 200) {
            throw new IllegalStateException("bLink answered " + response.status() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    @Benchmark
    public byte[] handlerPersons() {
        return ok(blink.handle(new DialectRequest("GET", "/blink/v1/persons", "limit=20&offset=" + next(1000), auth, null)));
    }

    @Benchmark
    public byte[] handlerCustomer() {
        return ok(blink.handle(new DialectRequest("GET", "/blink/v1/customers/" + consented.get(next(consented.size())), "", auth,
                null)));
    }

    /** The total and the page in one repeatable-read transaction, the guarantee OpenCIF gives (they agree). */
    @Benchmark
    public List<Object[]> sqlPersons() throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return countAndPage(c, today);
            } finally {
                c.commit();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        }
    }

    private List<Object[]> countAndPage(Connection c, LocalDate today) throws SQLException {
        long total;
        try (PreparedStatement s = c.prepareStatement(COUNT)) {
            PlainJdbc.bindAll(s, List.of(Seeder.SERVICE_USER, today, today, Seeder.SERVICE_USER, today, today));
            total = PlainJdbc.count(s);
        }
        try (PreparedStatement s = c.prepareStatement(PAGE)) {
            PlainJdbc.bindAll(s, List.of(Seeder.SERVICE_USER, today, today, Seeder.SERVICE_USER, today, today, next(1000)));
            List<Object[]> rows = PlainJdbc.rows(s);
            if (rows.isEmpty() || total == 0) {
                throw new IllegalStateException("no persons");
            }
            return rows;
        }
    }

    @Benchmark
    public List<Object[]> sqlCustomer() throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(CUSTOMER)) {
            PlainJdbc.bindAll(s, List.of(consented.get(next(consented.size())), Seeder.SERVICE_USER, today, today));
            List<Object[]> rows = PlainJdbc.rows(s);
            if (rows.size() != 1) {
                throw new IllegalStateException("the consenting customer was not found");
            }
            return rows;
        }
    }
}
