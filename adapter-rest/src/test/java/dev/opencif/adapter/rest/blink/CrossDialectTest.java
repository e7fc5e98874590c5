package dev.opencif.adapter.rest.blink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.opencif.adapter.rest.counterparty.CounterpartyConfig;
import dev.opencif.adapter.rest.counterparty.CounterpartyHandler;
import dev.opencif.adapter.rest.counterparty.CounterpartyUseCases;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.customer.CustomerId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer onboarded through the counterparty dialect is the same customer bLink reads once it consented. */
class CrossDialectTest {
    private static final String SECRET = "cross-dialect-secret-of-32-bytes-or-more";
    private static final String CP = "e8fd9c29-24d5-4af4-a6b9-933f59e5023d";
    private static final String ISSUER = "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN2E";

    @Test
    void a_customer_created_by_a_counterparty_is_read_through_blink_after_consent() throws JOSEException {
        BlinkFixture f = new BlinkFixture();
        CounterpartyHandler counterparty = new CounterpartyHandler(CounterpartyUseCases.from(f.opencif), CounterpartyConfig.of(SECRET, null, "idp", "api",
                List.of(new CounterpartyConfig.AssetSpec("UAH", ISSUER, "Ukraine Hryvnia", 2, "eUAH"))).withClock(f.clock));
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().issuer("idp").audience("api")
                .expirationTime(Date.from(f.clock.instant().plus(Duration.ofMinutes(5))))
                .claim("counterparty_guid", CP).claim("roles", List.of("customers:write")).build());
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        DialectResponse created = counterparty.handle(DialectRequest.json("POST", "/api/v1/counterparty/" + CP + "/customers",
                "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + ISSUER + "\",\"name\":\"Olena\",\"surname\":\"Koval\",\"status\":\"active\"}")
                .withHeader("Authorization", "Bearer " + jwt.serialize()));
        assertThat(created.status()).as(created.bodyText()).isEqualTo(200);
        String customerGuid = BlinkFixture.json(created).path("customer_guid").asText();

        assertThat(f.call("GET", "/customers/" + customerGuid, null).status()).isEqualTo(404);
        f.consent(CustomerId.parse(customerGuid));

        DialectResponse read = f.call("GET", "/customers/" + customerGuid, null);
        assertThat(read.status()).isEqualTo(200);
        JsonNode body = BlinkFixture.json(read);
        assertThat(body.path("firstName").asText()).isEqualTo("Olena");
        assertThat(body.path("lastName").asText()).isEqualTo("Koval");
        assertThat(body.path("status").asText()).isEqualTo("active");
        assertThat(BlinkFixture.json(f.call("GET", "/customers", null)).path("total").asInt()).isEqualTo(1);
        assertThat(f.call("POST", "/customers/" + customerGuid + "/addresses",
                "{\"addressType\":\"home\",\"country\":\"UA\",\"city\":\"Kyiv\"}").status()).isEqualTo(201);
        f.revoke(CustomerId.parse(customerGuid));
        assertThat(f.call("GET", "/customers/" + customerGuid, null).status()).isEqualTo(404);
    }
}
