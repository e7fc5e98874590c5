package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DialectEndpointTest {

    @Test
    void a_call_never_prints_credentials_or_the_body_and_masks_personal_data() {
        DialectEndpoint.Call call = new DialectEndpoint.Call("GET", "/blink/v1/persons/ayse.yilmaz@example.com/contactdetails",
                "phone=05321234567", Map.of("Authorization", List.of("Bearer fintech1.blink-secret-e2e"),
                        "cookie", List.of("session=abc123session"), "X-Request-Id", List.of("rid-1")),
                "{\"legalId\":\"10485736240\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(call.toString()).contains("GET /blink/v1/persons/***@***/contactdetails?phone=***67", "Authorization=***",
                "cookie=***", "X-Request-Id=[rid-1]", "body=25 bytes")
                .doesNotContain("blink-secret-e2e", "fintech1", "abc123session", "ayse", "05321234567", "10485736240");
    }
}
