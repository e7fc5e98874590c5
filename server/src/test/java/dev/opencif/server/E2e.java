package dev.opencif.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Known credentials and request builders for the dialect end-to-end tests. */
final class E2e {
    static final String ESB_CLIENT = "e2e-esb";
    static final String ESB_SECRET = "esb-secret-e2e-1";
    static final String APP_KEY = "appkey-e2e-0001";
    static final String CRM_USER = "e2e-crm";
    static final String CRM_TOKEN = "crm-token-e2e-1";
    static final String BLINK_USER = "fintech1";
    static final String BLINK_SECRET = "blink-secret-e2e";
    static final String JWT_SECRET = "e2e-hs256-secret-with-more-than-32-bytes";
    static final String ISSUER = "https://idp.e2e.test";
    static final String AUDIENCE = "opencif-e2e";
    static final String CP = "e8fd9c29-24d5-4af4-a6b9-933f59e5023d";
    static final String OTHER_CP = "0b7e1f58-4f7e-4c3b-9d43-2b1f0d6a9c11";
    static final String UAH_ISSUER = "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN2E";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final AtomicInteger MOBILES = new AtomicInteger();

    private E2e() {
    }

    /** A configuration file with one client per dialect, a UAH e-money asset, the bank's IBAN settings and a citizen registry. */
    static ServerConfig config(Path dir) {
        Path file = dir.resolve("opencif-e2e.properties");
        Path citizens = dir.resolve("citizens.json");
        try (var demo = E2e.class.getResourceAsStream(JsonIdentityRegistry.DEMO_RESOURCE)) {
            Files.write(citizens, demo.readAllBytes());
            Files.writeString(file, String.join("\n",
                    "esb.clients." + ESB_CLIENT + ".secret=" + ESB_SECRET,
                    "interapi.clients.e2e-app.secret=" + APP_KEY,
                    "callaction.clients." + CRM_USER + ".secret=sha256:" + ClientSecret.sha256Hex(CRM_TOKEN),
                    "blink.clients." + BLINK_USER + ".secret=" + BLINK_SECRET,
                    "counterparty.jwt.hs256-secret=" + JWT_SECRET,
                    "counterparty.jwt.issuer=" + ISSUER,
                    "counterparty.jwt.audience=" + AUDIENCE,
                    "counterparty.assets.UAH.issuer=" + UAH_ISSUER,
                    "counterparty.assets.UAH.name=Ukraine Hryvnia",
                    "counterparty.assets.UAH.stellar-code=eUAH",
                    "bank.country=LT",
                    "bank.code=60080",
                    "identity-registry.file=" + citizens, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ServerConfig.embedded(dir.resolve("data"), 0).withSettings(ConfigFile.load(file));
    }

    /** A Romanian mobile number in national form ({@code 072…}, callAction's region), never returned before in this run. */
    static String romanianMobile() {
        return String.format("072%07d", MOBILES.incrementAndGet());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    static String esb(String data) {
        return esb(data, ESB_SECRET);
    }

    static String esb(String data, String secret) {
        return "{\"header\":{\"requestId\":\"e2e-" + REQUESTS.incrementAndGet() + "\",\"channel\":\"MB\",\"clientId\":\"" + ESB_CLIENT
                + "\",\"clientSecret\":\"" + secret + "\",\"requestTime\":\"2026-01-15T16:00:00+07:00\"},\"data\":" + data + "}";
    }

    static String interApiCreate(String appKey, String tckn, String phone) {
        return "{\"Header\":{\"AppKey\":\"" + appKey + "\",\"Channel\":\"API\",\"ChannelSessionId\":\"s-1\",\"ChannelRequestId\":\"r-"
                + REQUESTS.incrementAndGet() + "\"},\"Parameters\":[{\"IsGetProcess\":false,\"DigitalCustomer\":{\"PhoneNumber\":\""
                + phone + "\",\"CitizenshipNumber\":" + tckn + ",\"IsFatca\":false,\"IsUSCustomer\":false,"
                + "\"Email\":\"e2e." + tckn + "@example.invalid\",\"NotificationOnUpdate\":true,\"IsKVKKApproved\":true}}]}";
    }

    static String callAction(String action, String data) {
        return callAction(action, data, CRM_TOKEN);
    }

    static String callAction(String action, String data, String token) {
        return "{\"Request\":{\"ActionName\":\"" + action + "\",\"Data\":" + data + "},\"ApiInfo\":{\"UserName\":\"" + CRM_USER
                + "\",\"Token\":\"" + token + "\"}}";
    }

    static String[] blinkAuth() {
        return new String[] {"Authorization", "Bearer " + BLINK_USER + "." + BLINK_SECRET};
    }

    static String[] counterpartyAuth(String counterparty) {
        return new String[] {"Authorization", "Bearer " + jwt(counterparty, JWT_SECRET)};
    }

    static String jwt(String counterparty, String secret) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("employee-1").issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("counterparty_guid", counterparty).claim("roles", List.of("customers:read", "customers:write")).build();
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            token.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    static String basic(String client, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static String counterpartyBase(String counterparty) {
        return "/api/v1/counterparty/" + counterparty + "/customers";
    }
}
