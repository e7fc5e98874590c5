package dev.opencif.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DialectRequestTest {

    @Test
    void printing_a_request_never_shows_credentials_or_the_body_and_masks_personal_data() {
        DialectRequest request = new DialectRequest("GET", "/blink/v1/persons/ayse.yilmaz@example.com/contactdetails",
                "phone=05321234567", Map.of("Authorization", List.of("Bearer fintech1.blink-secret-e2e"),
                        "cookie", List.of("session=abc123session"), "X-Request-Id", List.of("rid-1")),
                "{\"legalId\":\"10485736240\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(request.toString()).contains("GET /blink/v1/persons/***@***/contactdetails?phone=***67", "Authorization=***",
                "cookie=***", "X-Request-Id=rid-1", "body=25 bytes")
                .doesNotContain("blink-secret-e2e", "fintech1", "abc123session", "ayse", "05321234567", "10485736240");
    }

    @Test
    void header_names_are_case_insensitive_and_the_body_is_a_copy() {
        byte[] body = {1, 2, 3};
        DialectRequest request = new DialectRequest("POST", "/x", null, Map.of("Content-Type", List.of("application/json")), body);
        body[0] = 9;
        assertThat(request.header("content-type")).contains("application/json");
        assertThat(request.header("X-Missing")).isEmpty();
        assertThat(request.body()).containsExactly(1, 2, 3);
        assertThat(request.rawQuery()).isEmpty();
        assertThat(request.withHeader("x-request-id", "r1").header("X-Request-Id")).contains("r1");
    }
}
