package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.testkit.builder.UniqueValues;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A confirmed write is never lost: the real server runs in a child JVM while six clients onboard customers through
 * three dialects (ESB {@code create-ekyc-account}, counterparty create, callAction {@code AddUpdateIndividualCustomer}),
 * and is killed with SIGKILL at a random moment; then, on the same database, every write the clients saw confirmed is
 * there with the numbers it was confirmed with, nothing is half-written, and the next numbers issued are above every
 * number ever confirmed. Several rounds per run, each with another kill moment, on one database.
 */
abstract class CrashRecoveryScenario {
    static final int WRITERS = 6;
    static final int ROUNDS = 3;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    /**
     * One confirmed onboarding: what the answer said, to be found again after the crash. The ESB answers a CIF (no id),
     * counterparty REST an id (no CIF): the other one is {@code null} / {@code -1} until read back from the database.
     */
    record Confirmed(String dialect, String customerId, long cif, String accountNumber, String nationalId) {
        Confirmed withCif(long value) {
            return new Confirmed(dialect, customerId, value, accountNumber, nationalId);
        }
    }

    /** The server's extra arguments (database, data directory) next to {@code --config}. */
    protected abstract List<String> databaseArguments();

    /** A connection to the database the child wrote, while no child runs. */
    protected abstract Connection openDatabase() throws SQLException;

    /** Lets go of the database again (the embedded one is locked by whoever has it open), before the next child starts. */
    protected void closeDatabase() {
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void every_confirmed_onboarding_survives_sigkill_and_no_number_is_issued_twice() throws Exception {
        E2e.config(dir);
        List<String> args = new ArrayList<>(List.of("--config", dir.resolve("opencif-e2e.properties").toString()));
        args.addAll(databaseArguments());
        Random random = new Random();
        List<Confirmed> confirmed = new ArrayList<>();
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                long killAfterMillis = 1000 + random.nextInt(2500);
                List<Confirmed> thisRound;
                long inFlightFailures;
                try (ChildServer child = ChildServer.start(args)) {
                    if (round > 1) {
                        assertNextNumbersAreAboveEveryConfirmed(child, confirmed);
                    }
                    Load load = new Load(child.port());
                    load.start();
                    Thread.sleep(killAfterMillis);
                    child.kill();
                    load.stop();
                    thisRound = List.copyOf(load.confirmed);
                    inFlightFailures = load.failures.get();
                }
                try (Connection db = openDatabase()) {
                    for (Confirmed c : thisRound) {
                        confirmed.add(c.cif() > 0 ? c : c.withCif(cifOf(db, c)));
                    }
                    assertEveryConfirmedWriteIsStored(db, confirmed);
                    assertNothingIsHalfWritten(db);
                } finally {
                    closeDatabase();
                }
                System.out.printf("crash round %d (%s): SIGKILL after %d ms; %d onboardings confirmed (%d in total so far),"
                                + " %d requests cut off%n", round, getClass().getSimpleName(), killAfterMillis, thisRound.size(),
                        confirmed.size(), inFlightFailures);
                assertThat(thisRound).as("the load confirmed writes before the kill").isNotEmpty();
            }
            try (ChildServer child = ChildServer.start(args)) {
                assertNextNumbersAreAboveEveryConfirmed(child, confirmed);
            }
        } finally {
            closeDatabase();
        }
    }

    /** The CIF of a customer confirmed by id only; -1 when it is not stored (reported as missing afterwards). */
    private static long cifOf(Connection db, Confirmed c) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT cif FROM customer WHERE id = ?")) {
            statement.setObject(1, java.util.UUID.fromString(c.customerId()));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static void assertEveryConfirmedWriteIsStored(Connection db, List<Confirmed> confirmed) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (Confirmed c : confirmed) {
            long stored = c.customerId() == null ? single(db, "SELECT COUNT(*) FROM customer WHERE cif = ?", c.cif())
                    : single(db, "SELECT COUNT(*) FROM customer WHERE id = ? AND cif = ?", java.util.UUID.fromString(c.customerId()), c.cif());
            if (stored != 1) {
                missing.add(c.toString());
            }
            if (c.nationalId() != null && single(db, "SELECT COUNT(*) FROM customer_identifier i JOIN customer k ON k.id ="
                    + " i.customer_id WHERE k.cif = ? AND i.id_value = ?", c.cif(), c.nationalId()) != 1) {
                missing.add("national id of " + c);
            }
            if (c.accountNumber() != null && single(db, "SELECT COUNT(*) FROM account a JOIN customer k ON k.id = a.customer_id"
                    + " WHERE a.account_number = ? AND k.cif = ?", c.accountNumber(), c.cif()) != 1) {
                missing.add("account of " + c);
            }
        }
        assertThat(missing).as("confirmed writes missing after the crash").isEmpty();
        assertThat(confirmed.stream().map(Confirmed::cif).distinct().count()).as("no CIF confirmed twice").isEqualTo(confirmed.size());
    }

    private static void assertNothingIsHalfWritten(Connection db) throws SQLException {
        assertThat(single(db, "SELECT COUNT(*) FROM customer c WHERE NOT EXISTS"
                + " (SELECT 1 FROM customer_identifier i WHERE i.customer_id = c.id)")).as("customers without identifiers").isZero();
        assertThat(single(db, "SELECT COUNT(*) FROM banking_user u WHERE NOT EXISTS"
                + " (SELECT 1 FROM account a WHERE a.customer_id = u.customer_id)")).as("eKYC users without an account").isZero();
        assertThat(single(db, "SELECT COUNT(*) FROM customer c WHERE c.counterparty_id IS NOT NULL AND NOT EXISTS"
                + " (SELECT 1 FROM account a WHERE a.customer_id = c.id)")).as("wallet customers without a wallet").isZero();
        assertThat(rows(db, "SELECT c.cif, c.created_at, c.kyc_level, c.counterparty_id FROM customer c WHERE NOT EXISTS"
                + " (SELECT 1 FROM outbox_event e WHERE e.aggregate_id = CAST(c.id AS VARCHAR(100))"
                + " AND e.event_type = 'CustomerOnboarded')")).as("customers without their onboarding event").isEmpty();
        assertThat(single(db, "SELECT COUNT(*) FROM account a WHERE NOT EXISTS"
                + " (SELECT 1 FROM nice_number_hold h WHERE h.account_number = a.account_number)")).as("accounts without their number's claim")
                .isZero();
    }

    private void assertNextNumbersAreAboveEveryConfirmed(ChildServer child, List<Confirmed> confirmed) throws Exception {
        Confirmed next;
        try {
            next = new Writer(child.port()).ekyc().orElseThrow(() -> new AssertionError("an onboarding after the restart failed"));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nthe restarted server's output:\n" + child.output(), e);
        }
        long highestCif = confirmed.stream().mapToLong(Confirmed::cif).max().orElse(0);
        long highestAccount = confirmed.stream().filter(c -> c.accountNumber() != null)
                .mapToLong(c -> Long.parseLong(c.accountNumber())).max().orElse(0);
        assertThat(next.cif()).as("the first CIF after the restart").isGreaterThan(highestCif);
        assertThat(Long.parseLong(next.accountNumber())).as("the first account number after the restart").isGreaterThan(highestAccount);
        confirmed.add(next);
    }

    /** The rows {@code sql} answers, each as its columns' text: for messages that show what was found. */
    static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    static long single(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Six writers that onboard customers until stopped, recording what was confirmed. */
    private static final class Load {
        final ConcurrentLinkedQueue<Confirmed> confirmed = new ConcurrentLinkedQueue<>();
        final AtomicLong failures = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        private final int port;

        Load(int port) {
            this.port = port;
        }

        void start() {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                pool.submit(() -> {
                    Writer client = new Writer(port);
                    for (int n = 0; running.get(); n++) {
                        try {
                            java.util.Optional<Confirmed> done = switch ((writer + n) % 3) {
                                case 0 -> client.ekyc();
                                case 1 -> client.counterparty();
                                default -> client.callAction();
                            };
                            done.ifPresent(confirmed::add);
                        } catch (IOException e) {
                            failures.incrementAndGet();
                            if (!running.get()) {
                                return;
                            }
                        }
                    }
                    return;
                });
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** One client: each call is one onboarding, confirmed (its numbers) or not (empty); IO failures are thrown. */
    private static final class Writer {
        private final URI base;

        Writer(int port) {
            this.base = URI.create("http://127.0.0.1:" + port);
        }

        java.util.Optional<Confirmed> ekyc() throws IOException {
            String legalId = UniqueValues.vietnameseId().value();
            long n = Long.parseLong(legalId.substring(3));
            String user = "crash." + n;
            String body = E2e.esb("{\"legalId\":\"" + legalId + "\",\"firstName\":\"Lan\",\"lastName\":\"Tran\",\"birthDate\":\"1996-02-29\","
                    + "\"phoneNumber\":\"09" + String.format("%08d", n % 100_000_000L) + "\",\"email\":\"" + user + "@example.invalid\","
                    + "\"username\":\"" + user + "\",\"currency\":\"VND\"}");
            JsonNode answer = post("/accountService/v1/create-ekyc-account", body);
            if (answer == null || !answer.at("/header/resultCode").asText().equals("00")) {
                return java.util.Optional.empty();
            }
            JsonNode data = answer.get("data");
            return java.util.Optional.of(new Confirmed("esb", null, data.get("cif").asLong(), data.get("accountNo").asText(), legalId));
        }

        java.util.Optional<Confirmed> counterparty() throws IOException {
            String login = UniqueValues.login().value();
            JsonNode answer = post(E2e.counterpartyBase(E2e.CP), "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + E2e.UAH_ISSUER
                    + "\",\"name\":\"Olena\",\"surname\":\"Koval\",\"login\":\"" + login + "\"}", E2e.counterpartyAuth(E2e.CP));
            if (answer == null || !answer.has("customer_guid")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Confirmed("counterparty", answer.get("customer_guid").asText(), -1, null, null));
        }

        java.util.Optional<Confirmed> callAction() throws IOException {
            String tckn = UniqueValues.tckn();
            JsonNode answer = post("/api/openApi/CallAction", E2e.callAction("FTOS_ACC_CB_AddUpdateIndividualCustomer",
                    "{\"CustomerInfo\":{\"firstName\":\"Radu\",\"lastName\":\"Ionescu\",\"UniqueID\":\"" + tckn + "\","
                            + "\"email\":\"" + tckn + "@example.invalid\",\"mobilePhone\":\"" + E2e.romanianMobile() + "\"}}"));
            if (answer == null || !answer.path("IsSuccess").asBoolean()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Confirmed("callaction", answer.at("/Data/customerInternalId").asText(),
                    answer.at("/Data/customerNumber").asLong(), null, tckn));
        }

        /** The JSON of a 200 answer; {@code null} for any other status. */
        private JsonNode post(String path, String json, String... headers) throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> response;
            try {
                response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            assertThat(response.statusCode()).as("%s answered %s", path, response.body()).isLessThan(500);
            return response.statusCode() == 200 ? E2e.JSON.readTree(response.body()) : null;
        }
    }
}
