package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.out.ClientCredential;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectCredentialsTest {

    private static ConfigFile props(String text) {
        return ConfigFile.parseProperties(text, "test");
    }

    @Test
    void reads_clients_of_every_dialect_and_keeps_only_secret_digests() {
        DialectCredentials credentials = DialectCredentials.from(props("""
                esb.clients.core-banking.secret=esb-secret-1
                esb.clients.core-banking.roles=accounts,customers
                interapi.clients.mobile-app.secret=sha256:%s
                callaction.clients.crm.secret=crm-token-1
                blink.clients.fintech-one.secret=blink-token-1
                blink.clients.fintech-one.scope=fintech-one
                """.formatted(ClientSecret.sha256Hex("app-key-123"))));
        ConfiguredClientCredentials port = new ConfiguredClientCredentials(credentials, Dialect::key);

        ClientCredential esb = port.find("esb", "core-banking").orElseThrow();
        assertThat(esb.secretSha256()).isEqualTo(ClientSecret.sha256Hex("esb-secret-1"));
        assertThat(esb.roles()).containsExactlyInAnyOrder("accounts", "customers");
        ClientCredential app = port.find("interapi", "app-key-123").orElseThrow();
        assertThat(app.clientId()).isEqualTo("mobile-app");
        assertThat(app.secretSha256()).isEqualTo(ClientSecret.sha256Hex("app-key-123"));
        assertThat(port.find("interapi", "mobile-app")).isEmpty();
        assertThat(port.find("blink", "fintech-one").orElseThrow().scope()).isEqualTo("fintech-one");
        assertThat(port.find("esb", "crm")).isEmpty();
        assertThat(port.find(null, "crm")).isEmpty();
        assertThat(credentials.generated()).isFalse();
        assertThat(credentials.clients()).allSatisfy(c -> assertThat(c.generatedSecret()).isNull());
        assertThat(credentials.counterpartyJwt()).isEmpty();
    }

    @Test
    void reads_the_counterparty_jwt_settings() {
        DialectCredentials credentials = DialectCredentials.from(props("""
                counterparty.jwt.hs256-secret=0123456789abcdef0123456789abcdef
                counterparty.jwt.issuer=https://idp.example
                counterparty.jwt.audience=opencif
                """));
        CounterpartyJwtSettings jwt = credentials.counterpartyJwt().orElseThrow();
        assertThat(jwt.issuer()).isEqualTo("https://idp.example");
        assertThat(jwt.toString()).doesNotContain("0123456789abcdef");
    }

    @Test
    void rejects_short_secrets_bad_digests_missing_secrets_and_incomplete_jwt_settings() {
        assertThatThrownBy(() -> DialectCredentials.from(props("esb.clients.x.secret=short")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("at least 8 characters");
        assertThatThrownBy(() -> DialectCredentials.from(props("esb.clients.x.secret=sha256:abc")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> DialectCredentials.from(props("esb.clients.x.roles=a")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("esb.clients.x.secret is missing");
        assertThatThrownBy(() -> DialectCredentials.from(props("counterparty.jwt.hs256-secret=0123456789abcdef0123456789abcdef")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("issuer and audience");
        assertThatThrownBy(() -> DialectCredentials.from(props("counterparty.jwt.hs256-secret=tooshort\ncounterparty.jwt.issuer=i\ncounterparty.jwt.audience=a")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void an_empty_configuration_has_no_credentials() {
        assertThat(DialectCredentials.from(ConfigFile.empty()).isEmpty()).isTrue();
    }

    @Test
    void generates_development_credentials_once_and_reuses_them(@TempDir Path dir) throws Exception {
        DialectCredentials first = DialectCredentials.developmentIn(dir);
        assertThat(first.generated()).isTrue();
        assertThat(first.counts()).containsOnlyKeys(Dialect.ESB, Dialect.INTERAPI, Dialect.CALLACTION, Dialect.BLINK);
        assertThat(first.counterpartyJwt()).isPresent();
        assertThat(first.clients()).allSatisfy(c -> assertThat(c.generatedSecret()).hasSizeGreaterThanOrEqualTo(40));
        assertThat(Files.readString(dir.resolve(DialectCredentials.DEV_FILE))).contains(first.clients().get(0).generatedSecret());

        DialectCredentials second = DialectCredentials.developmentIn(dir);
        assertThat(second.clients()).extracting(ClientSecret::secretSha256)
                .containsExactlyElementsOf(first.clients().stream().map(ClientSecret::secretSha256).toList());
        assertThat(second.counterpartyJwt().orElseThrow().hs256Secret()).isEqualTo(first.counterpartyJwt().orElseThrow().hs256Secret());
    }

    @Test
    void refuses_a_client_configured_twice_for_one_realm() {
        DialectCredentials credentials = DialectCredentials.from(props("esb.clients.a.secret=secret-one\ncallaction.clients.a.secret=secret-two"));
        assertThatThrownBy(() -> new ConfiguredClientCredentials(credentials, d -> "same"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("configured twice");
    }
}
