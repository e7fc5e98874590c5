package dev.opencif.benchmarks;

import dev.opencif.application.port.in.customer.OnboardingResult;
import java.sql.Connection;
import java.sql.SQLException;
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
 * (1) Onboarding a customer with three identifiers, a data-protection consent and a first account: through the
 * facade on adapter-jdbc ({@code opencif}) against hand-written JDBC running the same statements in one transaction
 * ({@code plainJdbc}), on a fresh database per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OnboardingBenchmark {
    @Param({"h2mem", "h2file", "postgres"})
    public String db;

    BenchDatabase database;

    @Setup
    public void open() {
        database = BenchDatabase.fresh(db, "onboard");
    }

    @TearDown
    public void close() {
        database.close();
    }

    @Benchmark
    public OnboardingResult opencif() {
        return database.opencif().onboardCustomer().onboard(Samples.command(Samples.person()));
    }

    @Benchmark
    public UUID plainJdbc() throws SQLException {
        try (Connection c = database.connection()) {
            return PlainJdbc.onboard(c, Samples.person(), database.ibans(), "CURRENT_ACCOUNT", "EUR", 2, null, "EMBEDDED");
        }
    }
}
