package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's own routes and edges over real HTTP: health, index, 404, 405, request ids, start-up refusals. */
class ServerInfrastructureTest {
    @TempDir
    static Path dataDir;

    private static OpenCifServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = OpenCifServer.start(ServerConfig.embedded(dataDir, 0));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void health_is_up_while_the_database_answers() {
        HttpResponse<String> response = http.get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }

    @Test
    void the_index_lists_every_dialect_with_its_path_and_docs() {
        HttpResponse<String> response = http.get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        for (Dialect dialect : Dialect.values()) {
            assertThat(response.body()).contains("\"path\":\"" + dialect.basePath() + "\"", "\"docs\":\"" + dialect.docs() + "\"");
        }
    }

    @Test
    void unknown_routes_get_a_json_404() {
        HttpResponse<String> response = http.get("/no/such/route?x=1");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"NOT_FOUND\"").doesNotContain("Exception");
    }

    @Test
    void wrong_methods_on_server_routes_get_a_json_405_with_allow() {
        HttpResponse<String> response = http.post("/health", "{}");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(response.body()).contains("METHOD_NOT_ALLOWED");
        assertThat(http.method("DELETE", "/").statusCode()).isEqualTo(405);
    }

    @Test
    void echoes_a_clean_request_id_and_replaces_a_dirty_one() {
        assertThat(http.get("/health", "X-Request-Id", "abc-123").headers().firstValue("X-Request-Id")).contains("abc-123");
        String replaced = http.get("/health", "X-Request-Id", "bad id with spaces").headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(replaced).doesNotContain(" ").hasSize(36);
    }

    @Test
    void routes_every_dialect_by_path_prefix_and_nothing_else() {
        assertThat(http.post("/accountService/v1/get-account-list", "{}").body()).contains("resultCode");
        assertThat(http.post("/esbuat7801/accountService/v1/get-account-list", "{}").body()).contains("resultCode");
        assertThat(http.post("/interapi/v1/CreateDigitalCustomer", "{}").body()).contains("ServiceError");
        assertThat(http.post("/api/openApi/CallAction", "{}").body()).contains("IsSuccess");
        assertThat(http.get("/blink/v1/customers").body()).contains("\"code\"").doesNotContain("no route");
        for (String elsewhere : new String[] {"/blink/v10/customers", "/a/b/accountService/v1/x", "/api/openApi/CallActionX"}) {
            assertThat(http.get(elsewhere).body()).as(elsewhere).contains("no route for GET");
        }
    }

    @Test
    void refuses_to_start_on_postgres_without_configured_credentials(@TempDir Path other) {
        ServerConfig config = ServerConfig.embedded(other, 0).withDatabase("jdbc:postgresql://127.0.0.1:1/none", "x", null);
        assertThatThrownBy(() -> OpenCifServer.start(config))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no API credentials are configured");
    }

    @Test
    void health_is_down_with_503_when_the_database_is_gone(@TempDir Path other) {
        OpenCifServer doomed = OpenCifServer.start(ServerConfig.embedded(other, 0));
        try {
            Http client = new Http(doomed);
            assertThat(client.get("/health").statusCode()).isEqualTo(200);
            doomed.database().close();
            HttpResponse<String> response = client.get("/health");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("\"status\":\"DOWN\"");
        } finally {
            doomed.close();
        }
    }
}
