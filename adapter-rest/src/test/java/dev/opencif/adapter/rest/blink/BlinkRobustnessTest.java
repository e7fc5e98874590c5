package dev.opencif.adapter.rest.blink;

import static dev.opencif.adapter.rest.blink.BlinkFixture.errorFields;
import static dev.opencif.adapter.rest.blink.BlinkFixture.json;
import static dev.opencif.testkit.builder.CustomerBuilder.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.adapter.rest.FailingPorts;
import dev.opencif.adapter.rest.LogCapture;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.out.LoadCustomerPort;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.customer.CustomerId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hostile input and unexpected failures in the bLink dialect. bLink has no numeric fields: a number sent for a text
 * field is kept as its short JSON text, never expanded to its plain digits.
 */
class BlinkRobustnessTest {
    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private final BlinkFixture f = new BlinkFixture();

    private CustomerId consentedCustomer() {
        CustomerId id = aCustomer().withName("Anna", "Muster").savedIn(f.adapters.ports()).id();
        f.consent(id);
        return id;
    }

    @Test
    void rejects_a_huge_number_for_a_coded_field_quickly_naming_the_field() {
        CustomerId id = consentedCustomer();
        DialectResponse response = assertTimeoutPreemptively(QUICKLY, () -> f.call("POST", "/customers/" + id + "/addresses",
                "{\"addressType\":1e999999999,\"country\":\"CH\",\"city\":\"Zürich\"}"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactly("addressType");
    }

    @Test
    void refuses_a_number_sent_for_a_text_field_quickly_naming_the_field_without_storing_anything() {
        CustomerId id = consentedCustomer();
        DialectResponse refused = assertTimeoutPreemptively(QUICKLY, () -> f.call("POST", "/customers/" + id + "/addresses",
                "{\"addressType\":\"home\",\"country\":\"CH\",\"city\":\"Zürich\",\"floor\":1e8000000}"));
        assertThat(refused.status()).as(refused.bodyText()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("floor");
        assertThat(json(f.call("GET", "/customers/" + id + "/addresses", null)).get("total").asInt()).isZero();
    }

    @Test
    void answers_an_unexpected_failure_with_a_generic_500_and_logs_it_without_its_message() {
        OpenCif broken = OpenCif.builder().ports(FailingPorts.broken(f.adapters.ports(), LoadCustomerPort.class)).build();
        BlinkHandler handler = new BlinkHandler(BlinkUseCases.from(broken), BlinkConfig.defaults());
        DialectRequest request = new DialectRequest("GET", "/blink/v1/customers/" + UUID.randomUUID(), "", null, null)
                .withHeader("Authorization", "Bearer " + BlinkFixture.TOKEN).withHeader("X-Request-Id", "rid-8");
        try (LogCapture log = LogCapture.of(BlinkHandler.class)) {
            DialectResponse response = handler.handle(request);
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).doesNotContain("10485736240", "IllegalStateException", "SQL");
            assertThat(log.events()).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getThrowableProxy()).isNull();
                assertThat(event.getFormattedMessage()).contains("blink.get-customer", "rid-8",
                        "java.lang.IllegalStateException <- java.sql.SQLException at ").doesNotContain("10485736240", "ayse");
            });
        }
    }
}
