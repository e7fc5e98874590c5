package dev.opencif.benchmarks;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.account.NiceNumberOffer;
import dev.opencif.application.port.in.account.SearchNiceNumbersQuery;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.nicenumber.NiceNumberCandidates;
import dev.opencif.domain.nicenumber.NiceNumberRules;
import dev.opencif.domain.nicenumber.NiceTier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * (4) Nice-number search: 20 free numbers ending in 888 with {@code size} numbers taken or held. {@code head}: the 80
 * nicest candidates (the search's first list) are taken, so it needs a second round; {@code random}:
 * the taken numbers are random matches. Baseline: the same availability queries, with the same candidate lists, by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NiceNumberBenchmark {
    static final String UNAVAILABLE = "SELECT account_number FROM account WHERE account_number IN (%s)"
            + " UNION SELECT account_number FROM nice_number_hold WHERE account_number IN (%s) AND status = 'HELD' AND expires_at > ?";

    @Param({"h2", "postgres"})
    public String db;

    @Param("1000000")
    public int size;

    @Param({"head", "random"})
    public String taken;

    BenchDatabase database;
    OpenCif opencif;
    SearchNiceNumbersQuery query;
    /** The candidate lists the search checks, round by round, as the service builds them. */
    List<List<String>> rounds;

    @Setup
    public void open() throws SQLException {
        database = BenchDatabase.persistent(db, "nice_" + taken + "_" + size);
        Seeder.seedNiceNumbers(database, size, taken.equals("head"));
        opencif = database.opencif();
        query = new SearchNiceNumbersQuery(Seeder.NICE_PATTERN, null, 20);
        rounds = new ArrayList<>();
        int wanted = 80;
        try (Connection c = database.connection()) {
            while (true) {
                List<String> candidates = new ArrayList<>();
                List<AccountNumber> generated = NiceNumberCandidates.generate(Seeder.NICE_PATTERN, 10, wanted);
                for (AccountNumber n : generated) {
                    if (NiceNumberRules.classify(n).compareTo(NiceTier.STANDARD) >= 0) {
                        candidates.add(n.value());
                    }
                }
                rounds.add(candidates);
                int free = candidates.size() - unavailable(c, candidates).size();
                if (free >= 20 || generated.size() < wanted || wanted >= 10_000) {
                    break;
                }
                wanted = Math.min(wanted * 4, 10_000);
            }
        }
    }

    @TearDown
    public void close() {
        database.close();
    }

    @Benchmark
    public List<NiceNumberOffer> opencif() {
        List<NiceNumberOffer> offers = opencif.searchNiceNumbers().search(query);
        if (offers.size() != 20) {
            throw new IllegalStateException("expected 20 free numbers, got " + offers.size());
        }
        return offers;
    }

    @Benchmark
    public int plainJdbc() throws SQLException {
        int free = 0;
        try (Connection c = database.connection()) {
            for (List<String> candidates : rounds) {
                free = candidates.size() - unavailable(c, candidates).size();
            }
        }
        return free;
    }

    static Set<String> unavailable(Connection c, List<String> numbers) throws SQLException {
        String in = "?, ".repeat(numbers.size() - 1) + "?";
        Set<String> out = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(String.format(UNAVAILABLE, in, in))) {
            int i = 1;
            for (String n : numbers) {
                s.setString(i++, n);
            }
            for (String n : numbers) {
                s.setString(i++, n);
            }
            s.setObject(i, Instant.now().atOffset(ZoneOffset.UTC));
            for (Object[] row : PlainJdbc.rows(s)) {
                out.add((String) row[0]);
            }
        }
        return out;
    }

    /** How many rounds (candidate lists) one search needs on this data. */
    public int rounds() {
        return rounds.size();
    }
}
