package dev.opencif.adapter.rest.counterparty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.opencif.adapter.rest.counterparty.CounterpartyConfig.AssetSpec;
import dev.opencif.application.OpenCif;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.memory.InMemoryAdapters;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** A counterparty handler on in-memory adapters, with JWT factories (HS256 and RS256) for its tests. */
final class CounterpartyFixture {
    static final String SECRET = "test-secret-of-at-least-thirty-two-bytes!";
    static final String ISSUER = "https://auth.bank.test";
    static final String AUDIENCE = "opencif-counterparty";
    static final String CP = "e8fd9c29-24d5-4af4-a6b9-933f59e5023d";
    static final String OTHER_CP = "0b7e1f58-4f7e-4c3b-9d43-2b1f0d6a9c11";
    static final String UAH_ISSUER = "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN2E";
    static final String USD_ISSUER = "GBWUVXEBXYAJITVDD6PEZAY4SBBEAOQFVPFJC4PKTWBNIZXSTSAH7LML";
    static final KeyPair RSA = rsa();
    static final KeyPair OTHER_RSA = rsa();
    static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock = MutableClock.standard();
    final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    final OpenCif opencif = OpenCif.builder().ports(adapters.ports()).build();
    final CounterpartyConfig config = CounterpartyConfig.of(SECRET, (RSAPublicKey) RSA.getPublic(), ISSUER, AUDIENCE,
            List.of(new AssetSpec("UAH", UAH_ISSUER, "Ukraine Hryvnia", 2, "eUAH"),
                    new AssetSpec("USD", USD_ISSUER, "US Dollar", 2, "eUSD"))).withClock(clock);
    final CounterpartyHandler handler = new CounterpartyHandler(CounterpartyUseCases.from(opencif), config);

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    JWTClaimsSet.Builder claims(String counterparty, String... roles) {
        return new JWTClaimsSet.Builder().subject("employee-1").issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(10))))
                .claim("counterparty_guid", counterparty).claim("roles", List.of(roles));
    }

    static String sign(JWTClaimsSet claims, JWSAlgorithm alg, JWSSigner signer) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hs256(JWTClaimsSet claims) {
        return hs256(claims, SECRET);
    }

    static String hs256(JWTClaimsSet claims, String secret) {
        try {
            return sign(claims, JWSAlgorithm.HS256, new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rs256(JWTClaimsSet claims, KeyPair keys) {
        return sign(claims, JWSAlgorithm.RS256, new RSASSASigner(keys.getPrivate()));
    }

    /** A valid HS256 token for the fixture's counterparty with both roles. */
    String token() {
        return hs256(claims(CP, "customers:read", "customers:write").build());
    }

    DialectResponse call(String method, String pathAndQuery, String body, String token) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        DialectRequest request = new DialectRequest(method, path, query,
                body == null ? Map.of() : Map.of("Content-Type", List.of("application/json")),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        if (token != null) {
            request = request.withHeader("Authorization", "Bearer " + token);
        }
        return handler.handle(request);
    }

    DialectResponse call(String method, String pathAndQuery, String body) {
        return call(method, pathAndQuery, body, token());
    }

    static String base(String counterparty) {
        return "/api/v1/counterparty/" + counterparty + "/customers";
    }

    /** Creates a customer through the dialect and returns the response body. */
    JsonNode create(String extraFields) {
        String body = "{\"asset_code\":\"UAH\",\"asset_issuer\":\"" + UAH_ISSUER + "\"" + (extraFields.isEmpty() ? "" : "," + extraFields) + "}";
        DialectResponse response = call("POST", base(CP), body);
        if (response.status() != 200) {
            throw new AssertionError("create failed: " + response.bodyText());
        }
        return json(response);
    }

    static JsonNode json(DialectResponse response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.bodyText(), e);
        }
    }

    /** The field names of the error body's {@code fields}. */
    static List<String> errorFields(DialectResponse response) {
        List<String> names = new java.util.ArrayList<>();
        json(response).path("error").path("fields").forEach(f -> names.add(f.path("field").asText()));
        return names;
    }
}
