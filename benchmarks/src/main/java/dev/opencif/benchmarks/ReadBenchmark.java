package dev.opencif.benchmarks;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.account.ListAccountsQuery;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.port.in.customer.OnboardingResult;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.identifier.PhoneNumber;
import java.sql.Connection;
import java.sql.SQLException;
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
 * (2) Reads: a customer by id, by CIF, by phone, and a customer's account list by CIF, through the facade
 * ({@code opencif*}) and through hand-written JDBC running the same statements ({@code jdbc*}), over
 * {@code customers} customers onboarded through the facade.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadBenchmark {
    @Param({"h2mem", "h2file", "postgres"})
    public String db;

    @Param("2000")
    public int customers;

    BenchDatabase database;
    OpenCif opencif;
    CustomerId[] ids;
    long[] cifs;
    String[] phones;
    int cursor;

    @Setup
    public void open() {
        database = BenchDatabase.fresh(db, "reads");
        opencif = database.opencif();
        ids = new CustomerId[customers];
        cifs = new long[customers];
        phones = new String[customers];
        for (int i = 0; i < customers; i++) {
            PlainJdbc.Person p = Samples.person();
            OnboardingResult r = opencif.onboardCustomer().onboard(Samples.command(p));
            ids[i] = r.customer().id();
            cifs[i] = r.customer().number().value();
            phones[i] = p.phone();
        }
    }

    @TearDown
    public void close() {
        database.close();
    }

    private int next() {
        cursor = cursor + 1 == customers ? 0 : cursor + 1;
        return cursor;
    }

    @Benchmark
    public CustomerState opencifById() {
        return opencif.getCustomer().get(new GetCustomerQuery(CustomerRef.id(ids[next()]), Viewer.bank()));
    }

    @Benchmark
    public PlainJdbc.Row jdbcById() throws SQLException {
        try (Connection c = database.connection()) {
            return PlainJdbc.customerById(c, ids[next()].value());
        }
    }

    @Benchmark
    public CustomerState opencifByCif() {
        return opencif.getCustomer().get(new GetCustomerQuery(CustomerRef.number(new CustomerNumber(cifs[next()])), Viewer.bank()));
    }

    @Benchmark
    public PlainJdbc.Row jdbcByCif() throws SQLException {
        try (Connection c = database.connection()) {
            return PlainJdbc.customerByCif(c, cifs[next()]);
        }
    }

    @Benchmark
    public CustomerState opencifByPhone() {
        return opencif.getCustomer().get(new GetCustomerQuery(CustomerRef.identifier(new PhoneNumber(phones[next()])), Viewer.bank()));
    }

    @Benchmark
    public PlainJdbc.Row jdbcByPhone() throws SQLException {
        try (Connection c = database.connection()) {
            return PlainJdbc.customerByPhone(c, phones[next()]);
        }
    }

    @Benchmark
    public List<AccountState> opencifAccountsByCif() {
        return opencif.listAccounts().list(new ListAccountsQuery(CustomerRef.number(new CustomerNumber(cifs[next()])), Viewer.bank(), null));
    }

    @Benchmark
    public List<Object[]> jdbcAccountsByCif() throws SQLException {
        try (Connection c = database.connection()) {
            return PlainJdbc.accountsByCif(c, cifs[next()]);
        }
    }
}
