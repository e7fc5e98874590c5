package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.server.http.HttpLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

    @Test
    void defaults_to_port_8080_and_the_embedded_database_under_data() {
        ServerConfig config = ServerConfig.parse(new String[0], Map.of());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.embeddedDatabase()).isTrue();
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.limits()).isEqualTo(HttpLimits.defaults());
        assertThat(config.limits().maxBodyBytes()).isEqualTo(1024 * 1024);
        assertThat(config.demo()).isFalse();
    }

    @Test
    void reads_every_http_limit_from_flags_or_environment() {
        ServerConfig config = ServerConfig.parse(new String[] {"--threads", "8", "--queue-size=10", "--queue-wait", "2",
                "--max-body", "4096", "--request-timeout", "20", "--idle-timeout", "15", "--header-timeout", "3",
                "--min-data-rate", "0", "--max-connections", "50", "--shutdown-grace", "7"}, Map.of("OPENCIF_MAX_REQUESTS", "6"));
        assertThat(config.limits()).isEqualTo(new HttpLimits(8, 6, 10, 2, 4096, 20, 15, 3, 0, 50, 7));
        assertThat(ServerConfig.parse(new String[] {"--threads", "64"}, Map.of()).limits().maxRequests())
                .as("max-requests follows threads unless given").isEqualTo(64);
    }

    @Test
    void takes_the_broker_url_from_the_flag_or_the_environment_and_never_prints_its_password() {
        ServerConfig config = ServerConfig.parse(new String[] {"--amqp-url", "amqp://opencif:s3cret@mq.bank.example:5672/core"}, Map.of());
        assertThat(config.amqpUrl()).isEqualTo("amqp://opencif:s3cret@mq.bank.example:5672/core");
        assertThat(config.toString()).contains("amqp=amqp://opencif:***@mq.bank.example:5672/core").doesNotContain("s3cret");
        assertThat(ServerConfig.parse(new String[0], Map.of("OPENCIF_AMQP_URL", "amqp://127.0.0.1")).amqpUrl()).isEqualTo("amqp://127.0.0.1");
        assertThat(ServerConfig.parse(new String[0], Map.of()).amqpUrl()).isNull();
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--amqp-url", "http://mq"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--amqp-url");
    }

    @Test
    void reads_the_ekyc_limit_rule_and_names_a_bad_key() {
        var defaults = OpenCifServer.ekycLimitPolicy(ConfigFile.empty());
        assertThat(defaults).isEqualTo(dev.opencif.application.service.IncomeMultipleLimitPolicy.DEFAULT);
        var configured = OpenCifServer.ekycLimitPolicy(ConfigFile.parseProperties(
                "ekyc-limit.income-multiple=2.5\nekyc-limit.maximum=250000\nekyc-limit.no-income-working-status-codes=5, 7", "t"));
        assertThat(configured.incomeMultiple()).isEqualByComparingTo("2.5");
        assertThat(configured.maximum()).isEqualByComparingTo("250000");
        assertThat(configured.noIncomeWorkingStatusCodes()).containsExactlyInAnyOrder("5", "7");
        assertThatThrownBy(() -> OpenCifServer.ekycLimitPolicy(ConfigFile.parseProperties("ekyc-limit.maximum=lots", "t")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("ekyc-limit.maximum must be a decimal number");
        assertThatThrownBy(() -> OpenCifServer.ekycLimitPolicy(ConfigFile.parseProperties("ekyc-limit.income-multiple=-1", "t")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("ekyc-limit.income-multiple must be between 0 and 1000");
    }

    @Test
    void reads_the_idempotency_retention_in_hours_and_refuses_anything_else(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("opencif.properties");
        Files.writeString(file, "idempotency.retention-hours=48\n");
        ServerConfig config = ServerConfig.embedded(dir, 0);
        assertThat(OpenCifServer.idempotencyRetention(config)).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(OpenCifServer.idempotencyRetention(config.withSettings(ConfigFile.load(file)))).isEqualTo(java.time.Duration.ofHours(48));
        Files.writeString(file, "idempotency.retention-hours=0\n");
        assertThatThrownBy(() -> OpenCifServer.idempotencyRetention(config.withSettings(ConfigFile.load(file))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("idempotency.retention-hours must be a whole number of hours");
    }

    @Test
    void rejects_http_limits_out_of_range_naming_the_flag() {
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--threads", "4", "--max-requests", "5"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessage("--max-requests must be between 1 and 4, got 5");
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--max-body", "10"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--max-body must be between 1024");
        assertThatThrownBy(() -> ServerConfig.parse(new String[0], Map.of("OPENCIF_HEADER_TIMEOUT", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--header-timeout");
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--min-data-rate", "-1"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--min-data-rate");
    }

    @Test
    void flags_win_over_environment_and_both_forms_of_flags_work() {
        ServerConfig config = ServerConfig.parse(new String[] {"--port", "9090", "--db-user=ops", "--demo"},
                Map.of("OPENCIF_PORT", "7070", "OPENCIF_DB_URL", "jdbc:postgresql://db:5432/opencif", "OPENCIF_THREADS", "4"));
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/opencif");
        assertThat(config.dbUser()).isEqualTo("ops");
        assertThat(config.limits().threads()).isEqualTo(4);
        assertThat(config.demo()).isTrue();
        assertThat(config.embeddedDatabase()).isFalse();
    }

    @Test
    void never_prints_the_database_password() {
        ServerConfig config = ServerConfig.parse(new String[] {"--db-url", "jdbc:postgresql://db/x", "--db-password", "hunter22"}, Map.of());
        assertThat(config.toString()).doesNotContain("hunter22");
    }

    @Test
    void never_prints_a_password_written_into_the_database_url() {
        ServerConfig config = ServerConfig.parse(new String[] {"--db-url",
                "jdbc:postgresql://db:5432/x?user=ops&password=hunter22&sslpassword=k3y-pass&ssl=true"}, Map.of());
        assertThat(config.toString()).doesNotContain("hunter22", "k3y-pass")
                .contains("jdbc:postgresql://db:5432/x?user=ops&password=***&sslpassword=***&ssl=true");
        assertThat(config.maskedDbUrl()).isEqualTo("jdbc:postgresql://db:5432/x?user=ops&password=***&sslpassword=***&ssl=true");
        assertThat(config.dbUrl()).contains("hunter22");
        assertThat(ServerConfig.maskDbUrl("jdbc:postgresql://ops:hunter22@db:5432/x")).isEqualTo("jdbc:postgresql://ops:***@db:5432/x");
        assertThat(ServerConfig.maskDbUrl("jdbc:postgresql://db:5432/x?PASSWORD=hunter22")).doesNotContain("hunter22");
        assertThat(ServerConfig.maskDbUrl("jdbc:postgresql://db:5432/x?currentSchema=opencif"))
                .isEqualTo("jdbc:postgresql://db:5432/x?currentSchema=opencif");
        assertThat(ServerConfig.maskDbUrl(null)).isNull();
    }

    @Test
    void rejects_unknown_flags_missing_values_bad_numbers_and_non_postgres_urls() {
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--prot", "1"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown option --prot");
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--port"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> ServerConfig.parse(new String[0], Map.of("OPENCIF_PORT", "eighty")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--port", "70000"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("65535");
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--db-url", "jdbc:mysql://x/y"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("PostgreSQL");
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"stray"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unexpected argument");
    }

    @Test
    void reads_a_properties_configuration_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("opencif.properties");
        Files.writeString(file, "bank.country=DE\nesb.clients.core.secret=abcdefgh1\nesb.clients.core.roles=read, write\n");
        ServerConfig config = ServerConfig.parse(new String[] {"--config", file.toString()}, Map.of());
        assertThat(config.settings().get("bank.country")).contains("DE");
        assertThat(config.settings().list("esb.clients.core.roles")).containsExactly("read", "write");
    }

    @Test
    void flattens_a_json_configuration_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("opencif.json");
        Files.writeString(file, "{\"bank\":{\"country\":\"LT\",\"code\":\"60080\"},"
                + "\"callaction\":{\"clients\":{\"crm\":{\"secret\":\"tok3n-tok3n\",\"roles\":[\"a\",\"b\"]}}}}");
        ConfigFile settings = ServerConfig.parse(new String[0], Map.of("OPENCIF_CONFIG", file.toString())).settings();
        assertThat(settings.get("bank.code")).contains("60080");
        assertThat(settings.get("callaction.clients.crm.roles")).contains("a,b");
        assertThat(settings.children("callaction.clients")).containsExactly("crm");
    }

    @Test
    void reports_a_missing_or_broken_configuration_file(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--config", dir.resolve("nope.json").toString()}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("does not exist");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"bank\": {\n\"country\": }");
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--config", broken.toString()}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not valid JSON (line 2)");
        Path list = dir.resolve("list.json");
        Files.writeString(list, "[1,2]");
        assertThatThrownBy(() -> ConfigFile.load(list)).isInstanceOf(ConfigException.class).hasMessageContaining("JSON object");
    }
}
