package dev.opencif.benchmarks;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.customer.SearchCustomersQuery;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.testkit.builder.CustomerFilterBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * (3) The counterparty customer list ({@code SearchCustomersUseCase} with a counterparty viewer, what
 * {@code GET /api/v1/counterparty/{guid}/customers} runs) over {@code size} customers, half of them in the
 * viewer's counterparty: a selective filter (one surname, ~25 matches), a {@code search_string}, and pages at growing
 * offsets. Baseline: the same SQL (count + page + child rows, one repeatable-read transaction) by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CustomerListBenchmark {
    @Param({"h2", "postgres"})
    public String db;

    @Param("1000000")
    public int size;

    @Param({"selective", "search", "offset_1000", "offset_10000", "offset_100000"})
    public String query;

    BenchDatabase database;
    OpenCif opencif;
    SearchCustomersQuery facadeQuery;
    String where;
    List<Object> params;
    int offset;
    int round;

    @Setup
    public void open() throws SQLException {
        database = BenchDatabase.persistent(db, "list_" + size);
        Seeder.seedCustomers(database, size);
        opencif = database.opencif();
        prepare(0);
    }

    /** The query of round {@code r}: the selective filter walks through surnames so caches do not flatter it. */
    void prepare(int r) {
        CustomerFilterBuilder filter = CustomerFilterBuilder.aFilter();
        where = " WHERE c.counterparty_id = ?";
        params = new ArrayList<>(List.of(Seeder.BIG_COUNTERPARTY));
        offset = 0;
        switch (query) {
            case "selective": {
                String surname = Seeder.surname(2L * ((r * 7919L) % (Math.min(Seeder.SURNAMES, size) / 2)));
                filter.surnames(surname);
                where += " AND c.last_name_lc IN (?)";
                params.add(surname);
                break;
            }
            case "search":
                filter.searchString("olen");
                where += " AND (c.first_name_lc LIKE ? ESCAPE '!' OR c.last_name_lc LIKE ? ESCAPE '!'"
                        + " OR c.middle_name_lc LIKE ? ESCAPE '!' OR c.login_lc LIKE ? ESCAPE '!')";
                for (int i = 0; i < 4; i++) {
                    params.add("%olen%");
                }
                break;
            default:
                offset = Math.min(Integer.parseInt(query.substring("offset_".length())), size / 4);
                break;
        }
        facadeQuery = new SearchCustomersQuery(Viewer.counterparty(new CounterpartyId(Seeder.BIG_COUNTERPARTY)), filter.build(),
                CustomerOrdering.CREATED_AT_ASC, new PageRequest(offset, 50));
    }

    @TearDown
    public void close() {
        database.close();
    }

    private void nextRound() {
        if (query.equals("selective")) {
            prepare(++round);
        }
    }

    @Benchmark
    public Page<CustomerState> opencif() {
        nextRound();
        Page<CustomerState> page = opencif.searchCustomers().search(facadeQuery);
        if (page.items().isEmpty()) {
            throw new IllegalStateException("the " + query + " query found nothing");
        }
        return page;
    }

    @Benchmark
    public List<PlainJdbc.Row> plainJdbc() throws SQLException {
        nextRound();
        try (Connection c = database.connection()) {
            List<PlainJdbc.Row> page = PlainJdbc.page(c, where, params, " ORDER BY c.created_at ASC, c.id ASC", 50, offset);
            if (page.isEmpty()) {
                throw new IllegalStateException("the " + query + " query found nothing");
            }
            return page;
        }
    }
}
