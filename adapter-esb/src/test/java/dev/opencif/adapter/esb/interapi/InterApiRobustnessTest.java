package dev.opencif.adapter.esb.interapi;

import static dev.opencif.adapter.esb.EsbFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.adapter.esb.EsbFixture;
import dev.opencif.adapter.esb.LogCapture;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.out.IdentityRegistryPort;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile input (huge numbers), the AppKey in toString and unexpected failures in the inter-API dialect. */
class InterApiRobustnessTest {
    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private final EsbFixture fx = new EsbFixture();
    private final InterApiHandler handler = fx.interApi();

    private DialectResponse post(String method, String body) {
        return handler.handle(DialectRequest.json("POST", "/interapi/v1/" + method, body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e8000000"})
    void rejects_a_huge_citizenship_number_quickly_naming_the_field(String number) {
        DialectResponse response = assertTimeoutPreemptively(QUICKLY, () -> post(InterApiHandler.CREATE,
                InterApiHandlerTest.create(number, "5321234567", "r-huge-" + number.length())));
        assertThat(response.status()).as(response.bodyText()).isEqualTo(400);
        assertThat(json(response).at("/Error/Fields/0/Field").asText()).isEqualTo("Parameters[0].DigitalCustomer.CitizenshipNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "\"1e8000000\"", "1e-8000000"})
    void rejects_a_huge_salary_quickly_naming_the_field(String salary) {
        JsonNode created = json(post(InterApiHandler.CREATE, InterApiHandlerTest.create(EsbFixture.ELIF_TCKN, "5321234567", "r-c")));
        String update = InterApiHandlerTest.update(created, EsbFixture.ELIF_TCKN).replace("\"SalaryInfo\": 12345.0", "\"SalaryInfo\": " + salary);
        assertThat(update).contains("\"SalaryInfo\": " + salary);
        DialectResponse response = assertTimeoutPreemptively(QUICKLY, () -> post(InterApiHandler.UPDATE, update));
        assertThat(response.status()).as(response.bodyText()).isEqualTo(400);
        assertThat(json(response).at("/Error/Fields/0/Field").asText()).isEqualTo("Parameters[0].SalaryInfo");
        assertThat(json(response).at("/Error/Fields/0/Message").asText()).contains("at most 100 digits");
    }

    @Test
    void never_prints_the_app_key_of_a_header() {
        InterApiDtos.RequestHeader header = new InterApiDtos.RequestHeader(EsbFixture.APP_KEY, "API", "s-1", "r-1");
        assertThat(header.toString()).contains("appKey=***", "API", "s-1", "r-1").doesNotContain(EsbFixture.APP_KEY);
        assertThat(new InterApiDtos.RequestHeader(null, null, null, null).toString()).contains("appKey=null");
    }

    @Test
    void logs_an_unexpected_failure_with_method_and_request_id_but_without_its_message() {
        IdentityRegistryPort broken = citizen -> {
            throw new IllegalStateException("KPS lookup of " + citizen + " failed at 10.0.4.17");
        };
        InterApiHandler failing = new InterApiHandler(InterApiUseCases.from(OpenCif.builder()
                .ports(EsbFixture.withPort(fx.adapters.ports(), IdentityRegistryPort.class, broken)).build()), InterApiConfig.defaults());
        try (LogCapture log = LogCapture.of(InterApiHandler.class)) {
            DialectResponse response = failing.handle(DialectRequest.json("POST", "/interapi/v1/" + InterApiHandler.CREATE,
                    InterApiHandlerTest.create(EsbFixture.ELIF_TCKN, "5321234567", "r-500")));
            assertThat(response.status()).isEqualTo(500);
            assertThat(log.events()).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getThrowableProxy()).isNull();
                assertThat(event.getFormattedMessage()).contains(InterApiHandler.CREATE, "r-500", "java.lang.IllegalStateException at ")
                        .doesNotContain(EsbFixture.ELIF_TCKN, "10.0.4.17", "KPS");
            });
        }
    }
}
