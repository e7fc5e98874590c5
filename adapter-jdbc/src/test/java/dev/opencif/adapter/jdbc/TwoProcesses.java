package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.OpenCifPorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Two adapters with their own Hikari pools on one fresh PostgreSQL schema, standing in for two OpenCIF
 * processes, and a race that releases every contender at once. Contender {@code i} works in process A when
 * {@code i} is even, in process B when it is odd.
 */
final class TwoProcesses implements AutoCloseable {
    private final PostgresSchema schema;
    private final JdbcAdapters processA;
    private final JdbcAdapters processB;
    private final OpenCifPorts portsA;
    private final OpenCifPorts portsB;

    private TwoProcesses(PostgresSchema schema, JdbcAdapters processA, JdbcAdapters processB) {
        this.schema = schema;
        this.processA = processA;
        this.processB = processB;
        this.portsA = TestDatabase.portsOf(processA);
        this.portsB = TestDatabase.portsOf(processB);
    }

    static TwoProcesses start(Clock clock, int poolSize) {
        PostgresSchema schema = PostgresSchema.create();
        JdbcOptions options = JdbcOptions.defaults().withMaximumPoolSize(poolSize);
        return new TwoProcesses(schema, schema.adapters(clock, options), schema.adapters(clock, options));
    }

    OpenCifPorts portsA() {
        return portsA;
    }

    OpenCifPorts portsB() {
        return portsB;
    }

    /** The ports of contender {@code i}. */
    OpenCifPorts portsOf(int i) {
        return i % 2 == 0 ? portsA : portsB;
    }

    /** A {@code COUNT(*)} query with one bound value, read through process A. */
    long count(String sql, Object value) {
        return TestDatabase.single(processA, sql, value);
    }

    /** Runs {@code attempt} for every contender at once (released together by a barrier) and returns the outcomes. */
    static <T> List<T> race(int contenders, Function<Integer, Callable<T>> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CyclicBarrier start = new CyclicBarrier(contenders);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                Callable<T> task = attempt.apply(i);
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<T> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        try {
            processA.close();
            processB.close();
        } finally {
            schema.close();
        }
    }
}
