package dev.opencif.adapter.esb.accountservice;

import static dev.opencif.adapter.esb.EsbFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.adapter.esb.EsbFixture;
import dev.opencif.adapter.esb.LogCapture;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.out.LoadCustomerPort;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile input (huge numbers), secrets in toString and unexpected failures in the ESB accountService dialect. */
class AccountServiceRobustnessTest {
    private final EsbFixture fx = new EsbFixture();
    private final AccountServiceHandler handler = fx.esb();

    private static DialectRequest request(String operation, String data) {
        return DialectRequest.json("POST", "/accountService/v1/" + operation, AccountServiceHandlerTest.envelope(data, "req-0001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "\"1e999999999\"", "1e8000000", "-1e-8000000"})
    void rejects_a_huge_limit_quickly_naming_the_field(String limit) {
        DialectResponse response = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> handler.handle(request("updateEkycLimit",
                "{\"cif\":\"1000000001\",\"limit\":" + limit + ",\"currency\":\"VND\"}")));
        JsonNode answer = json(response);
        assertThat(answer.at("/header/resultCode").asText()).as(response.bodyText()).isEqualTo("01");
        assertThat(answer.at("/header/errors/0/field").asText()).isEqualTo("data.limit");
        assertThat(answer.at("/header/errors/0/message").asText()).contains("at most 100 digits");
    }

    @Test
    void never_prints_the_client_secret_of_a_header() {
        EsbDtos.RequestHeader header = new EsbDtos.RequestHeader("req-1", "MB", "mobile-banking", "mb-s3cret-2026", "2026-01-15T16:00:00Z");
        assertThat(header.toString()).contains("req-1", "MB", "mobile-banking", "clientSecret=***").doesNotContain("mb-s3cret-2026");
        assertThat(new EsbDtos.RequestHeader(null, null, null, null, null).toString()).contains("clientSecret=null");
    }

    @Test
    void logs_an_unexpected_failure_with_operation_and_request_id_but_without_its_message() {
        LoadCustomerPort broken = (LoadCustomerPort) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LoadCustomerPort.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("lookup of 079203004512 failed", new SQLException("cif=1000000001 phone 0912345678"));
                });
        AccountServiceHandler failing = new AccountServiceHandler(AccountServiceUseCases.from(OpenCif.builder()
                .ports(EsbFixture.withPort(fx.adapters.ports(), LoadCustomerPort.class, broken)).build()), EsbConfig.defaults(fx.clock));
        try (LogCapture log = LogCapture.of(AccountServiceHandler.class)) {
            DialectResponse response = failing.handle(request("get-customer-by-id", "{\"cif\":\"1000000001\"}"));
            assertThat(response.status()).isEqualTo(500);
            assertThat(log.events()).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getThrowableProxy()).isNull();
                assertThat(event.getFormattedMessage()).contains("get-customer-by-id", "req-0001",
                        "java.lang.IllegalStateException <- java.sql.SQLException at ")
                        .doesNotContain("079203004512", "0912345678", "lookup of");
            });
        }
    }
}
