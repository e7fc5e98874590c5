package dev.opencif.server;

import static dev.opencif.server.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
}
