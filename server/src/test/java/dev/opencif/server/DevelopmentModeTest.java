package dev.opencif.server;

import static dev.opencif.server.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With nothing configured: generated credentials that work (and are printed), and the demo data set. */
class DevelopmentModeTest {

    private static String secret(OpenCifServer server, Dialect dialect) {
        return server.credentials().clients(dialect).get(0).generatedSecret();
    }

    @Test
    void generated_credentials_are_printed_work_in_every_dialect_and_survive_a_restart(@TempDir Path dir) {
        ServerConfig config = ServerConfig.embedded(dir, 0).withDemo(true);
        String esbSecret;
        try (OpenCifServer server = OpenCifServer.start(config)) {
            ByteArrayOutputStream banner = new ByteArrayOutputStream();
            server.printBanner(new PrintStream(banner, true, StandardCharsets.UTF_8));
            String printed = banner.toString(StandardCharsets.UTF_8);
            esbSecret = secret(server, Dialect.ESB);
            assertThat(printed).contains("http://127.0.0.1:" + server.port(), dir.toAbsolutePath().normalize().resolve("opencif.mv.db").toString(),
                    secret(server, Dialect.INTERAPI), secret(server, Dialect.CALLACTION),
                    "Bearer dev-blink-service-user." + secret(server, Dialect.BLINK), E2e.basic("dev-esb-client", esbSecret));

            Http http = new Http(server);
            HttpResponse<String> esb = http.post("/accountService/v1/valid-legal-id",
                    "{\"header\":{\"requestId\":\"r1\",\"channel\":\"MB\"},\"data\":{\"legalId\":\"079203004599\"}}",
                    "Authorization", E2e.basic("dev-esb-client", esbSecret));
            assertThat(esb.statusCode()).as(esb.body()).isEqualTo(200);

            HttpResponse<String> blink = http.get("/blink/v1/customers", "Authorization", "Bearer dev-blink-service-user." + secret(server, Dialect.BLINK));
            assertThat(blink.statusCode()).as(blink.body()).isEqualTo(200);
            assertThat(blink.body()).contains("Walletuser").doesNotContain("Sample");

            String token = DialectMounts.developmentToken(server.credentials().counterpartyJwt().orElseThrow(),
                    DemoData.DEMO_COUNTERPARTY.toString(), Duration.ofMinutes(5));
            HttpResponse<String> list = http.get("/api/v1/counterparty/" + DemoData.DEMO_COUNTERPARTY + "/customers", "Authorization", "Bearer " + token);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            assertThat(json(list).get("total").asInt()).isEqualTo(2);

            HttpResponse<String> callAction = http.post("/api/openApi/CallAction", "{\"Request\":{\"ActionName\":\"FTOS_ACC_AccountHeader\","
                    + "\"Data\":{\"customerInternalId\":\"0b7e7f52-9d8c-4f7e-8a65-3c1d2e4f5a6b\"}},\"ApiInfo\":{\"UserName\":\"dev-callaction-user\","
                    + "\"Token\":\"" + secret(server, Dialect.CALLACTION) + "\"}}");
            assertThat(json(callAction).get("ErrorCode").asText()).as(callAction.body()).isEqualTo("NOT_FOUND");
        }
        try (OpenCifServer again = OpenCifServer.start(config)) {
            assertThat(secret(again, Dialect.ESB)).isEqualTo(esbSecret);
            assertThat(DemoData.load(again.opencif(), again.credentials(), DialectMounts.walletAsset(ConfigFile.empty()),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
        }
    }

    @Test
    void demo_customers_come_with_three_months_of_bookings_so_balances_and_every_customer_360_view_show_data(@TempDir Path dir) {
        try (OpenCifServer server = OpenCifServer.start(ServerConfig.embedded(dir, 0).withDemo(true))) {
            Http http = new Http(server);
            String token = DialectMounts.developmentToken(server.credentials().counterpartyJwt().orElseThrow(),
                    DemoData.DEMO_COUNTERPARTY.toString(), Duration.ofMinutes(5));
            String base = "/api/v1/counterparty/" + DemoData.DEMO_COUNTERPARTY + "/customers";
            String customer = json(http.get(base, "Authorization", "Bearer " + token)).at("/customers/0/wallet_user_guid").asText();
            JsonNode accounts = json(http.get(base + "/" + customer + "/accounts", "Authorization", "Bearer " + token));
            assertThat(accounts.at("/accounts/0/assets/0/balance").decimalValue()).as(accounts.toString()).isPositive();

            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            java.time.LocalDate from = today.minusDays(DemoData.HISTORY_DAYS + 1);
            String user = "dev-callaction-user";
            String secret = secret(server, Dialect.CALLACTION);
            for (String action : List.of("FTOS_ACC_AccountRevenuesPI", "FTOS_ACC_AccountProfitabilityPI", "FTOS_ACC_GetCustomerTransactionValues")) {
                HttpResponse<String> answer = http.post("/api/openApi/CallAction", "{\"Request\":{\"ActionName\":\"" + action
                        + "\",\"Data\":{\"customerInternalId\":\"" + customer + "\",\"indicatorName\":\"ALL\",\"startDate\":\"" + from
                        + "\",\"endDate\":\"" + today + "\"}},"
                        + "\"ApiInfo\":{\"UserName\":\"" + user + "\",\"Token\":\"" + secret + "\"}}");
                JsonNode data = json(answer).path("Data");
                assertThat(json(answer).path("IsSuccess").asBoolean()).as(answer.body()).isTrue();
                JsonNode rows = data.has("totals") ? data.get("totals") : data.has("byCurrency") ? data.get("byCurrency") : data.get("values");
                assertThat(rows).as(action + ": " + answer.body()).isNotEmpty();
                assertThat(rows.findValues("count")).as(action).anySatisfy(count -> assertThat(count.asInt()).isPositive());
            }
        }
    }
}
