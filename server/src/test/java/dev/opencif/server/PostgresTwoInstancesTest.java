package dev.opencif.server;

import static dev.opencif.server.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes' worth of instances on one PostgreSQL schema: holds of one nice number contested through
 * HTTP on both give exactly one winner. Runs in the postgres profile ({@code OPENCIF_PG_URL}, {@code OPENCIF_PG_USER},
 * {@code OPENCIF_PG_PASSWORD}).
 */
@Tag("postgres")
class PostgresTwoInstancesTest {
    private static final String URL = env("OPENCIF_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("OPENCIF_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv("OPENCIF_PG_PASSWORD");
    private static final int CONTENDERS = 8;

    @TempDir
    Path dir;

    private final String schema = "opencif_srv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private OpenCifServer a;
    private OpenCifServer b;

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    @BeforeEach
    void start_two_servers_on_one_schema() throws SQLException {
        sql("CREATE SCHEMA " + schema);
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        ServerConfig config = E2e.config(dir).withDatabase(url, USER, PASSWORD);
        a = OpenCifServer.start(config);
        b = OpenCifServer.start(config);
    }

    @AfterEach
    void stop() throws SQLException {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static JsonNode esb(Http http, String operation, String data) {
        HttpResponse<String> response = http.post("/accountService/v1/" + operation, E2e.esb(data));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void contested_nice_number_holds_through_both_instances_have_exactly_one_winner() throws Exception {
        List<Http> servers = List.of(new Http(a), new Http(b));
        List<String> cifs = new ArrayList<>();
        for (int i = 0; i < CONTENDERS; i++) {
            String n = String.format(Locale.ROOT, "%02d", i);
            JsonNode created = esb(servers.get(i % 2), "create-ekyc-account", "{\"legalId\":\"0792030045" + n + "\",\"firstName\":\"Lan\","
                    + "\"lastName\":\"Trần\",\"birthDate\":\"1996-02-29\",\"phoneNumber\":\"09123456" + n + "\",\"email\":\"pg" + n
                    + "@example.invalid\",\"username\":\"pg.user" + n + "\",\"currency\":\"VND\",\"ekycVerifiedAt\":\"2026-01-15T15:40:00+07:00\"}");
            assertThat(created.at("/header/resultCode").asText()).as(created.toString()).isEqualTo("00");
            cifs.add(created.at("/data/cif").asText());
        }
        String number = esb(servers.get(0), "inquiry-nice-acct", "{\"patternType\":\"SUFFIX\",\"pattern\":\"6868\",\"limit\":1}")
                .at("/data/numbers/0/accountNo").asText();
        assertThat(number).endsWith("6868");

        ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonNode>> answers = new ArrayList<>();
        for (int i = 0; i < CONTENDERS; i++) {
            Http http = servers.get(i % 2);
            String body = "{\"cif\":\"" + cifs.get(i) + "\",\"accountNo\":\"" + number + "\"}";
            Callable<JsonNode> hold = () -> {
                go.await();
                return esb(http, "create-nice-hold-acct", body);
            };
            answers.add(pool.submit(hold));
        }
        go.countDown();
        List<JsonNode> results = new ArrayList<>();
        for (Future<JsonNode> answer : answers) {
            results.add(answer.get());
        }
        pool.shutdown();

        Map<String, Long> counts = results.stream().map(r -> r.at("/header/resultCode").asText()
                + (r.at("/header/rule").isMissingNode() ? "" : " " + r.at("/header/rule").asText()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println("PostgresTwoInstancesTest: " + CONTENDERS + " contested holds of " + number + " on two instances -> " + counts);
        assertThat(counts).containsEntry("00", 1L).containsEntry("09 NUMBER_UNAVAILABLE", (long) CONTENDERS - 1).hasSize(2);
        assertThat(esb(servers.get(1), "inquiry-nice-acct", "{\"patternType\":\"SUFFIX\",\"pattern\":\"6868\",\"limit\":5}")
                .at("/data/numbers").findValuesAsText("accountNo")).doesNotContain(number);
    }
}
