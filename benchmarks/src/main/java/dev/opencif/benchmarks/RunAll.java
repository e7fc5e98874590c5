package dev.opencif.benchmarks;

import dev.opencif.benchmarks.http.HttpBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once and prints (and writes to {@code benchmarks/target/benchmark-results.md}) one table in
 * which every OpenCIF figure stands next to its baseline from the same run and their ratio.
 * {@code java -jar benchmarks/target/benchmarks.jar [--quick]}; PostgreSQL joins when {@code OPENCIF_PG_URL} is set.
 */
public final class RunAll {
    private final boolean quick;
    private final List<String> dbs = new ArrayList<>();
    private final List<String> bigDbs = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();

    private RunAll(boolean quick) {
        this.quick = quick;
        dbs.add("h2mem");
        dbs.add("h2file");
        bigDbs.add("h2");
        if (BenchDatabase.postgresConfigured()) {
            dbs.add("postgres");
            bigDbs.add("postgres");
        }
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        long start = System.nanoTime();
        RunAll run = new RunAll(quick);
        run.all();
        double minutes = (System.nanoTime() - start) / 60e9;
        String table = run.table(minutes);
        System.out.println();
        System.out.println(table);
        Path out = Path.of(System.getProperty("opencif.bench.out", Files.isDirectory(Path.of("benchmarks/target"))
                ? "benchmarks/target/benchmark-results.md" : "benchmark-results.md"));
        Files.writeString(out, table);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private void all() throws RunnerException, IOException, InterruptedException, java.sql.SQLException {
        int listSize = Integer.getInteger("opencif.bench.listSize", quick ? 20_000 : 1_000_000);
        int niceSize = Integer.getInteger("opencif.bench.niceSize", quick ? 20_000 : 1_000_000);
        List<String> readDbs = quick ? List.of("h2mem") : dbs.stream().filter(d -> !d.equals("h2file")).toList();

        List<String> onboardingDbs = new ArrayList<>(dbs);
        onboardingDbs.add("h2file_delayed");
        Map<String, RunResult> onboarding = jmh(OnboardingBenchmark.class, Map.of("db", onboardingDbs), false);
        for (String db : dbs) {
            ratio("1 onboarding (customer + 3 identifiers + consent + account)", db, "ops/s",
                    onboarding.get("opencif|" + db), onboarding.get("plainJdbc|" + db), true, "≥ 0.8× on H2");
        }
        ratio("1b cost of durable commits: OpenCIF onboarding on H2 file, WRITE_DELAY=0 (baseline: H2's default 500 ms write delay)",
                "h2file", "ops/s", onboarding.get("opencif|h2file"), onboarding.get("opencif|h2file_delayed"), true, "documented (ADR 010)");
        Map<String, RunResult> reads = jmh(ReadBenchmark.class, Map.of("db", readDbs,
                "customers", List.of(quick ? "300" : "1000")), false);
        for (String db : readDbs) {
            for (String[] op : new String[][] {{"ById", "customer by id"}, {"ByCif", "customer by CIF"},
                {"ByPhone", "customer by phone"}, {"AccountsByCif", "account list by CIF"}}) {
                ratio("2 read: " + op[1], db, "ops/s", reads.get("opencif" + op[0] + "|" + db), reads.get("jdbc" + op[0] + "|" + db),
                        true, "≥ 0.8× on H2");
            }
        }
        for (String db : bigDbs) {
            double seconds = Seeder.seedCustomers(opened(db, "list_" + listSize), listSize);
            rows.add(String.format(Locale.ROOT, "| 3 seeding %,d customers (batch INSERT, plain JDBC) | %s | %s | | | |", listSize, db,
                    seconds == 0 ? "already seeded" : String.format(Locale.ROOT, "%.0f s (%,.0f rows/s)", seconds, listSize / seconds)));
            seconds = Seeder.seedNiceNumbers(opened(db, "nice_head_" + niceSize), niceSize, true);
            rows.add(String.format(Locale.ROOT, "| 4 seeding %,d taken/held numbers | %s | %s | | | |", niceSize, db,
                    seconds == 0 ? "already seeded" : String.format(Locale.ROOT, "%.0f s (%,.0f rows/s)", seconds, niceSize / seconds)));
        }
        List<String> queries = quick ? List.of("selective", "search", "offset_10000")
                : List.of("selective", "search", "offset_1000", "offset_10000", "offset_100000");
        Map<String, RunResult> list = jmh(CustomerListBenchmark.class, Map.of("db", bigDbs, "size", List.of(String.valueOf(listSize)),
                "query", queries), true);
        for (String db : bigDbs) {
            for (String q : queries) {
                latency(String.format(Locale.ROOT, "3 customer list %,d: %s", listSize, q), db,
                        list.get("opencif|" + db + "|" + q), list.get("plainJdbc|" + db + "|" + q),
                        q.equals("selective") ? "p99 < 10 ms" : q.startsWith("offset") ? "≤ linear in offset" : "documented");
            }
        }
        Map<String, RunResult> nice = jmh(NiceNumberBenchmark.class, Map.of("db", bigDbs, "size", List.of(String.valueOf(niceSize)),
                "taken", List.of("head")), true);
        for (String db : bigDbs) {
            latency(String.format(Locale.ROOT, "4 nice numbers: 20 free of *888, %,d taken/held, the 80 nicest among them (2 rounds)", niceSize), db,
                    nice.get("opencif|" + db + "|head"), nice.get("plainJdbc|" + db + "|head"), "p99 < 5 ms");
        }
        int personsSize = Integer.getInteger("opencif.bench.personsSize", quick ? 5_000 : 100_000);
        for (String db : bigDbs) {
            double seconds = Seeder.seedConsents(opened(db, "persons_" + personsSize), personsSize);
            rows.add(String.format(Locale.ROOT, "| 6 seeding %,d customers, %,d consented to one service user | %s | %s | | | |", personsSize,
                    personsSize / 2, db, seconds == 0 ? "already seeded" : String.format(Locale.ROOT, "%.0f s", seconds)));
        }
        Map<String, RunResult> persons = jmh(PersonsBenchmark.class, Map.of("db", bigDbs, "size", List.of(String.valueOf(personsSize))),
                true);
        for (String db : bigDbs) {
            latency(String.format(Locale.ROOT, "6 bLink GET /persons (page of 20, exact total), %,d customers, half consented", personsSize),
                    db, persons.get("handlerPersons|" + db), persons.get("sqlPersons|" + db), "p99 < 20 ms");
            latency(String.format(Locale.ROOT, "6 bLink GET /customers/{id} (consent checked), %,d customers, half consented", personsSize),
                    db, persons.get("handlerCustomer|" + db), persons.get("sqlCustomer|" + db), "p99 < 20 ms");
        }
        Map<String, RunResult> dialects = jmh(DialectBenchmark.class, Map.of(), false);
        for (String d : List.of("esb", "interapi", "counterparty", "blink", "callaction")) {
            ratio("5 dialect mapping: " + d + " (request JSON → handler → response JSON)", "in-memory", "ops/s",
                    dialects.get("handler|" + d), dialects.get("jacksonOnly|" + d), true, "documented");
        }

        rows.addAll(HttpBenchmark.rows(quick));
    }

    private BenchDatabase opened(String db, String name) {
        BenchDatabase d = BenchDatabase.persistent(db, name);
        openedDbs.add(d);
        return d;
    }

    private final List<BenchDatabase> openedDbs = new ArrayList<>();

    /** Runs one benchmark class; results keyed {@code method|param values in declaration order}. */
    private Map<String, RunResult> jmh(Class<?> type, Map<String, List<String>> params, boolean latency) throws RunnerException {
        for (BenchDatabase d : openedDbs) {
            d.close();
        }
        openedDbs.clear();
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + type.getName().replace(".", "\\.") + "\\.")
                .forks(quick ? 0 : 1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 1 : 5)
                .measurementTime(TimeValue.seconds(latency ? (quick ? 2 : 3) : 1))
                .jvmArgsAppend("-Xmx1g", "-Dopencif.bench.dir=" + BenchDatabase.dataRoot());
        params.forEach((name, values) -> options.param(name, values.toArray(new String[0])));
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, RunResult> byKey = new LinkedHashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            StringBuilder key = new StringBuilder(label.substring(label.lastIndexOf('.') + 1));
            for (String p : r.getParams().getParamsKeys()) {
                if (!p.equals("size") && !p.equals("customers")) {
                    key.append('|').append(r.getParams().getParam(p));
                }
            }
            byKey.put(key.toString(), r);
        }
        return byKey;
    }

    private void ratio(String what, String db, String unit, RunResult opencif, RunResult baseline, boolean higherIsBetter, String target) {
        if (opencif == null || baseline == null) {
            rows.add("| " + what + " | " + db + " | not run | | | " + target + " |");
            return;
        }
        double o = opencif.getPrimaryResult().getScore();
        double b = baseline.getPrimaryResult().getScore();
        double r = o / b;
        String verdict = target;
        if (target.startsWith("≥ 0.8×")) {
            verdict = db.startsWith("h2") ? target + ": " + (r >= 0.8 ? "met" : "MISSED") : "(H2 target only)";
        }
        rows.add(String.format(Locale.ROOT, "| %s | %s | %,.0f %s | %,.0f %s | %.2f | %s |", what, db, o, unit, b, unit, r, verdict));
    }

    private void latency(String what, String db, RunResult opencif, RunResult baseline, String target) {
        if (opencif == null || baseline == null) {
            rows.add("| " + what + " | " + db + " | not run | | | " + target + " |");
            return;
        }
        var o = opencif.getPrimaryResult().getStatistics();
        var b = baseline.getPrimaryResult().getStatistics();
        double o99 = o.getPercentile(99);
        String verdict = target;
        if (target.startsWith("p99 < ")) {
            double limit = Double.parseDouble(target.substring(target.indexOf('<') + 1).replaceAll("[^0-9.]", ""));
            verdict = target + ": " + (o99 < limit ? "met" : "MISSED");
        }
        rows.add(String.format(Locale.ROOT, "| %s | %s | p50 %.2f / p99 %.2f ms | p50 %.2f / p99 %.2f ms | %.2f (p99) | %s |",
                what, db, o.getPercentile(50), o99, b.getPercentile(50), b.getPercentile(99), o99 / b.getPercentile(99), verdict));
    }

    private String table(double minutes) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "OpenCIF benchmarks (%s mode, %.1f min, %d cores, %s %s)%n%n", quick ? "quick" : "full",
                minutes, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version")));
        out.append("| Figure | Database | OpenCIF | Baseline | Ratio (OpenCIF / baseline) | Target |\n");
        out.append("|---|---|---|---|---|---|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        for (BenchDatabase d : openedDbs) {
            d.close();
        }
        return out.toString();
    }
}
