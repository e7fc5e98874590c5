package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No silent fiction in production: once a configuration file is given (or the database is PostgreSQL), a missing bank
 * identity, citizen registry or e-money asset stops the start with the key's name, and the fictional demo values are
 * used only with {@code --demo} or on the embedded database without {@code --config}. The embedded database's files
 * are readable by their owner only.
 */
class ProductionSettingsTest {
    @TempDir
    Path dir;

    /** The e2e configuration without the lines that start with {@code key}. */
    private ServerConfig configWithout(String key) throws IOException {
        ServerConfig complete = E2e.config(dir);
        Path file = dir.resolve("opencif-e2e.properties");
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith(key)).toList();
        Files.write(file, lines);
        return complete.withSettings(ConfigFile.load(file));
    }

    @Test
    void a_configuration_without_the_banks_country_or_code_stops_the_start_naming_the_key() throws IOException {
        assertThatThrownBy(() -> OpenCifServer.start(configWithout("bank.country"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bank.country is not set").hasMessageContaining("--demo");
        assertThatThrownBy(() -> OpenCifServer.start(configWithout("bank.code"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bank.code is not set");
    }

    @Test
    void a_configuration_without_a_citizen_registry_stops_the_start_naming_the_key() throws IOException {
        assertThatThrownBy(() -> OpenCifServer.start(configWithout("identity-registry.file"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("identity-registry.file is not set");
    }

    @Test
    void a_configuration_without_an_e_money_asset_stops_the_start_naming_the_keys() throws IOException {
        assertThatThrownBy(() -> OpenCifServer.start(configWithout("counterparty.assets"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("counterparty.assets.<CODE>.issuer");
    }

    @Test
    void a_configuration_without_counterparty_token_settings_stops_the_start_naming_the_keys_and_the_switch() throws IOException {
        assertThatThrownBy(() -> OpenCifServer.start(configWithout("counterparty.jwt"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("counterparty.jwt.hs256-secret").hasMessageContaining("counterparty.jwt.issuer")
                .hasMessageContaining("counterparty.enabled=false");
    }

    @Test
    void a_dialect_without_clients_stops_the_start_naming_the_key_and_the_switch() throws IOException {
        assertThatThrownBy(() -> OpenCifServer.start(configWithout("blink.clients"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("blink.clients.<id>.secret").hasMessageContaining("blink.enabled=false");
    }

    @Test
    void a_dialect_switched_off_is_not_mounted_and_the_index_says_so() throws IOException {
        ServerConfig config = configWithout("counterparty.jwt");
        Path file = dir.resolve("opencif-e2e.properties");
        Files.writeString(file, "counterparty.enabled=false\nblink.enabled=false\n", java.nio.file.StandardOpenOption.APPEND);
        try (OpenCifServer server = OpenCifServer.start(config.withSettings(ConfigFile.load(file)))) {
            Http http = new Http(server);
            var index = E2e.json(http.get("/"));
            assertThat(index.get("dialects")).anySatisfy(d -> {
                assertThat(d.get("name").asText()).isEqualTo("counterparty");
                assertThat(d.get("mounted").asBoolean()).isFalse();
            });
            assertThat(index.get("dialects")).anySatisfy(d -> {
                assertThat(d.get("name").asText()).isEqualTo("esb");
                assertThat(d.get("mounted").asBoolean()).isTrue();
            });
            assertThat(http.get("/blink/v1/healthcheck", E2e.blinkAuth()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void a_broker_exchange_that_is_not_a_name_stops_the_start_before_the_database_opens() throws IOException {
        Path file = dir.resolve("opencif-e2e.properties");
        ServerConfig config = E2e.config(dir);
        Files.writeString(file, "amqp.exchange=events for the crm\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> OpenCifServer.start(config.withSettings(ConfigFile.load(file)).withAmqpUrl("amqp://127.0.0.1:5672")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("amqp exchange");
        assertThat(dir.resolve("data").resolve("opencif.mv.db")).doesNotExist();
    }

    @Test
    void a_misspelt_switch_stops_the_start_naming_the_key() throws IOException {
        Path file = dir.resolve("opencif-e2e.properties");
        ServerConfig config = E2e.config(dir);
        Files.writeString(file, "esb.enabled=no\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> OpenCifServer.start(config.withSettings(ConfigFile.load(file)))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("esb.enabled must be true or false");
    }

    @Test
    void with_demo_the_missing_settings_fall_back_to_the_fiction() throws IOException {
        ServerConfig config = configWithout("bank.").withDemo(true);
        try (OpenCifServer server = OpenCifServer.start(config)) {
            assertThat(new Http(server).get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void the_embedded_database_without_a_configuration_is_a_development_setup_and_may_use_the_fiction() {
        assertThat(ServerConfig.embedded(dir, 0).fictionAllowed()).isTrue();
        assertThat(ServerConfig.embedded(dir, 0).withDatabase("jdbc:postgresql://db/x", "u", null).fictionAllowed()).isFalse();
    }

    @Test
    void the_data_directory_and_the_database_files_are_for_their_owner_only() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        try (OpenCifServer server = OpenCifServer.start(ServerConfig.embedded(data, 0))) {
            assertThat(new Http(server).get("/health").statusCode()).isEqualTo(200);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(data)) {
            List<Path> all = files.toList();
            assertThat(all).extracting(p -> p.getFileName().toString()).contains("opencif.mv.db");
            assertThat(all).allSatisfy(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.toString()).isEqualTo("rw-------"));
        }
    }
}
