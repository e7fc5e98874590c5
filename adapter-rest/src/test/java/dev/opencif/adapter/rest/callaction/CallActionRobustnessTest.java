package dev.opencif.adapter.rest.callaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import dev.opencif.adapter.rest.FailingPorts;
import dev.opencif.adapter.rest.LogCapture;
import dev.opencif.adapter.rest.callaction.CallActionFixture.Answer;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.out.LoadCustomerPort;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile input (huge numbers) and unexpected failures in the callAction dialect. */
class CallActionRobustnessTest {
    private final CallActionFixture f = new CallActionFixture();

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "\"1e999999999\"", "1e8000000", "\"-1e-8000000\"", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"})
    void rejects_a_huge_amount_quickly_naming_the_field(String amount) {
        String data = "{\"customerInternalId\":\"" + UUID.randomUUID() + "\",\"url\":\"https://apply.example.com/a/1\","
                + "\"name\":\"Loan\",\"bankingProduct\":\"PERSONAL_LOAN\",\"source\":\"web\",\"businessStatus\":\"Submitted\","
                + "\"externalId\":\"LN-1\",\"amount\":" + amount + "}";
        Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> f.call("FTOS_ACC_CreateUpdateApplication", data));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.fields()).containsExactly("amount");
    }

    @Test
    void rejects_a_huge_number_in_a_text_parameter_quickly() {
        Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> f.call("FTOS_ACC_AccountHeader",
                "{\"customerInternalId\":1e999999999}"));
        assertThat(answer.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.fields()).containsExactly("customerInternalId");
    }

    @Test
    void answers_an_unexpected_failure_with_a_generic_500_and_logs_it_without_its_message() {
        OpenCif broken = OpenCif.builder().ports(FailingPorts.broken(f.adapters.ports(), LoadCustomerPort.class)).build();
        CallActionHandler handler = new CallActionHandler(CallActionUseCases.from(broken), CallActionConfig.defaults());
        DialectRequest request = DialectRequest.json("POST", CallActionHandler.PATH, CallActionFixture.envelope("FTOS_ACC_AccountHeader",
                "{\"customerInternalId\":\"" + UUID.randomUUID() + "\"}")).withHeader("X-Request-Id", "rid-9");
        try (LogCapture log = LogCapture.of(CallActionHandler.class)) {
            DialectResponse response = handler.handle(request);
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).contains("INTERNAL_ERROR").doesNotContain("10485736240", "IllegalStateException", "SQL");
            assertThat(log.events()).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getThrowableProxy()).isNull();
                assertThat(event.getFormattedMessage()).contains("FTOS_ACC_AccountHeader", "rid-9",
                        "java.lang.IllegalStateException <- java.sql.SQLException at ").doesNotContain("10485736240", "ayse");
            });
        }
    }
}
