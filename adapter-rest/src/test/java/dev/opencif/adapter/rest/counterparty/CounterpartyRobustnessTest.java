package dev.opencif.adapter.rest.counterparty;

import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.CP;
import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.UAH_ISSUER;
import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.base;
import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.errorFields;
import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.opencif.adapter.rest.FailingPorts;
import dev.opencif.adapter.rest.LogCapture;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.out.LoadCustomerPort;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hostile input (huge numbers, endless filters) and unexpected failures in the counterparty dialect. */
class CounterpartyRobustnessTest {
    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private final CounterpartyFixture f = new CounterpartyFixture();

    @Test
    void rejects_a_huge_balance_allowed_quickly_naming_the_field() {
        DialectResponse created = assertTimeoutPreemptively(QUICKLY, () -> f.call("POST", base(CP), "{\"asset_code\":\"UAH\","
                + "\"asset_issuer\":\"" + UAH_ISSUER + "\",\"balance_allowed\":1e999999999}"));
        assertThat(created.status()).isEqualTo(400);
        assertThat(errorFields(created)).containsExactly("balance_allowed");
        String customer = f.create("").path("customer_guid").asText();
        DialectResponse updated = assertTimeoutPreemptively(QUICKLY, () -> f.call("PUT", base(CP) + "/" + customer,
                "{\"balance_allowed\":1e8000000}"));
        assertThat(updated.status()).isEqualTo(400);
        assertThat(errorFields(updated)).containsExactly("balance_allowed");
    }

    @Test
    void rejects_a_huge_balance_filter_quickly_naming_the_parameter() {
        DialectResponse response = assertTimeoutPreemptively(QUICKLY, () -> f.call("GET",
                base(CP) + "?min_balance_allowed=1e999999999&max_balance_allowed=-1e-8000000", null));
        assertThat(response.status()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactlyInAnyOrder("min_balance_allowed", "max_balance_allowed");
    }

    @Test
    void refuses_more_than_100_values_in_one_array_filter_naming_it() {
        DialectResponse hundred = f.call("GET", base(CP) + "?" + guids(100), null);
        assertThat(hundred.status()).isEqualTo(200);
        DialectResponse more = f.call("GET", base(CP) + "?" + guids(101), null);
        assertThat(more.status()).isEqualTo(400);
        assertThat(errorFields(more)).containsExactly("wallet_user_guids");
        assertThat(json(more).at("/error/fields/0/message").asText()).isEqualTo("must not have more than 100 values");
        DialectResponse names = f.call("GET", base(CP) + "?" + IntStream.range(0, 101).mapToObj(i -> "names=n" + i)
                .collect(Collectors.joining("&")), null);
        assertThat(errorFields(names)).containsExactly("names");
    }

    @Test
    void answers_an_unexpected_failure_with_a_generic_500_and_logs_it_without_its_message() {
        OpenCif broken = OpenCif.builder().ports(FailingPorts.broken(f.adapters.ports(), LoadCustomerPort.class)).build();
        CounterpartyHandler handler = new CounterpartyHandler(CounterpartyUseCases.from(broken), f.config);
        DialectRequest request = new DialectRequest("GET", base(CP) + "/" + UUID.randomUUID() + "/accounts", "", null, null)
                .withHeader("Authorization", "Bearer " + f.token()).withHeader("X-Request-Id", "rid-7");
        try (LogCapture log = LogCapture.of(CounterpartyHandler.class)) {
            DialectResponse response = handler.handle(request);
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).doesNotContain("10485736240", "IllegalStateException", "SQL");
            assertThat(log.events()).singleElement().satisfies(CounterpartyRobustnessTest::loggedWithoutMessage);
            assertThat(log.events().get(0).getFormattedMessage()).contains("counterparty.list-accounts", "rid-7");
        }
    }

    static void loggedWithoutMessage(ILoggingEvent event) {
        assertThat(event.getLevel()).isEqualTo(Level.ERROR);
        assertThat(event.getThrowableProxy()).isNull();
        assertThat(event.getFormattedMessage()).contains("java.lang.IllegalStateException <- java.sql.SQLException at ")
                .doesNotContain("10485736240", "ayse", "statement failed");
    }

    private static String guids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "wallet_user_guids=" + UUID.randomUUID()).collect(Collectors.joining("&"));
    }
}
