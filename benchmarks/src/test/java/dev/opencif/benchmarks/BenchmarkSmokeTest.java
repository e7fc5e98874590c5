package dev.opencif.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.benchmarks.http.HttpBenchmark;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick mode of CI: every benchmark's setup and one invocation on small data (H2 only), asserting that it runs
 * and produces a result — never how fast. The measured runs are {@code benchmarks/run.sh}.
 */
class BenchmarkSmokeTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void smallData() {
        System.setProperty("opencif.bench.dir", dir.toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("opencif.bench.dir");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2mem", "h2file"})
    void onboarding_runs_through_the_facade_and_plain_jdbc(String db) throws Exception {
        OnboardingBenchmark b = new OnboardingBenchmark();
        b.db = db;
        b.open();
        try {
            assertThat(b.opencif().firstAccount()).isPresent();
            assertThat(b.plainJdbc()).isNotNull();
            // the baseline's rows are valid customers: the facade reads them back
            assertThat(b.database.opencif().getCustomer().get(new dev.opencif.application.port.in.customer.GetCustomerQuery(
                    dev.opencif.application.shared.CustomerRef.id(new dev.opencif.domain.customer.CustomerId(b.plainJdbc())),
                    dev.opencif.application.shared.Viewer.bank())).identifiers()).hasSize(3);
        } finally {
            b.close();
        }
    }

    @Test
    void every_read_finds_its_customer() throws Exception {
        ReadBenchmark b = new ReadBenchmark();
        b.db = "h2mem";
        b.customers = 5;
        b.open();
        try {
            assertThat(b.opencifById()).isNotNull();
            assertThat(b.jdbcById()).isNotNull();
            assertThat(b.opencifByCif()).isNotNull();
            assertThat(b.jdbcByCif()).isNotNull();
            assertThat(b.opencifByPhone()).isNotNull();
            assertThat(b.jdbcByPhone()).isNotNull();
            assertThat(b.opencifAccountsByCif()).hasSize(1);
            assertThat(b.jdbcAccountsByCif()).hasSize(1);
        } finally {
            b.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"selective", "search", "offset_1000"})
    void the_customer_list_answers_a_page_on_seeded_data(String query) throws Exception {
        CustomerListBenchmark b = new CustomerListBenchmark();
        b.db = "h2";
        b.size = 2_000;
        b.query = query;
        b.open();
        try {
            assertThat(b.opencif().items()).isNotEmpty();
            assertThat(b.plainJdbc()).hasSameSizeAs(b.opencif().items());
        } finally {
            b.close();
        }
    }

    @Test
    void the_nice_number_search_finds_twenty_free_numbers_past_the_taken_ones() throws Exception {
        NiceNumberBenchmark b = new NiceNumberBenchmark();
        b.db = "h2";
        b.size = 12_000;
        b.taken = "head";
        b.open();
        try {
            assertThat(b.opencif()).hasSize(20);
            assertThat(b.rounds()).isGreaterThan(1);
            assertThat(b.plainJdbc()).isGreaterThanOrEqualTo(20);
        } finally {
            b.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"esb", "interapi", "counterparty", "blink", "callaction"})
    void each_dialect_answers_successfully_and_the_baseline_writes_the_same_json(String dialect) throws Exception {
        DialectBenchmark b = new DialectBenchmark();
        b.dialect = dialect;
        b.open();
        com.fasterxml.jackson.databind.JsonNode answer = DialectBenchmark.JSON.readTree(b.handler());
        List<String> fields = new java.util.ArrayList<>();
        answer.fieldNames().forEachRemaining(fields::add);
        List<String> expected = new java.util.ArrayList<>();
        b.sampleResponse().fieldNames().forEachRemaining(expected::add);
        assertThat(fields).isNotEmpty().isEqualTo(expected);
        assertThat(DialectBenchmark.JSON.readTree(b.jacksonOnly())).isEqualTo(b.sampleResponse());
    }

    @Test
    void both_servers_start_with_the_jvm_flags_of_the_server_launcher() throws Exception {
        HttpBenchmark.Layout layout = HttpBenchmark.layout(dir);
        assertThat(layout.flags()).contains("-Xmx256m");
        List<String> bare = HttpBenchmark.bareCommand(layout, 1, dir).args();
        assertThat(bare).contains("@" + layout.jvmOptions()).noneMatch(a -> a.startsWith("-Xm") || a.startsWith("-XX:+Use"));
        List<String> opencif = HttpBenchmark.openCifCommand(layout, 1, dir, dir.resolve("c")).args();
        if (layout.launcher() != null) {
            assertThat(opencif).startsWith("sh", layout.launcher().toString());
            assertThat(layout.launcher().resolveSibling("jvm.options")).isEqualTo(layout.jvmOptions());
        } else {
            assertThat(opencif).contains("@" + layout.jvmOptions(), "dev.opencif.server.OpenCifServer");
        }
    }

    @Test
    void the_bLink_persons_and_customer_reads_answer_on_seeded_consents() throws Exception {
        PersonsBenchmark b = new PersonsBenchmark();
        b.db = "h2";
        b.size = 400;
        b.open();
        try {
            JsonNode persons = DialectBenchmark.JSON.readTree(b.handlerPersons());
            assertThat(persons.get("persons")).hasSize(20);
            assertThat(persons.get("total").asLong()).isEqualTo(220);
            assertThat(DialectBenchmark.JSON.readTree(b.handlerCustomer()).get("customerId").asText()).isNotBlank();
            assertThat(b.sqlPersons()).hasSize(20);
            assertThat(b.sqlCustomer()).hasSize(1);
        } finally {
            b.close();
        }
    }

    @Test
    void onboarding_runs_on_h2_with_its_default_write_delay_for_the_durability_comparison() throws Exception {
        OnboardingBenchmark b = new OnboardingBenchmark();
        b.db = "h2file_delayed";
        b.open();
        try {
            assertThat(b.opencif().firstAccount()).isPresent();
        } finally {
            b.close();
        }
    }

    @Test
    void http_load_and_start_up_run_against_opencif_and_both_bare_servers() throws Exception {
        List<HttpBenchmark.ServerResult> results = HttpBenchmark.run(4, 40, 20);
        assertThat(results).extracting(HttpBenchmark.ServerResult::name)
                .containsExactly("OpenCIF server", "bare Jetty server + plain JDBC", "bare JDK server + plain JDBC");
        for (HttpBenchmark.ServerResult r : results) {
            assertThat(r.create().requests()).as(r.name()).isEqualTo(40);
            assertThat(r.get().requests()).as(r.name()).isEqualTo(40);
            assertThat(r.slow().requests() + r.slow().errors()).as(r.name()).isPositive();
            assertThat(r.create().p99Millis()).isPositive();
            assertThat(r.startMillis()).isPositive();
            assertThat(r.peakRssKb()).isPositive();
        }
        assertThat(results.get(0).slow().errors()).as("OpenCIF under slow clients").isZero();
        assertThat(results.get(1).slow().errors()).as("bare Jetty under slow clients").isZero();
        List<double[]> startups = HttpBenchmark.startups(1);
        assertThat(startups.get(0)[0]).isPositive();
        assertThat(startups.get(1)[1]).isPositive();
    }
}
