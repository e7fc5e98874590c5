package dev.opencif.server;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.adapter.esb.accountservice.AccountServiceHandler;
import dev.opencif.adapter.esb.accountservice.AccountServiceUseCases;
import dev.opencif.adapter.esb.interapi.InterApiConfig;
import dev.opencif.adapter.esb.interapi.InterApiHandler;
import dev.opencif.adapter.esb.interapi.InterApiUseCases;
import dev.opencif.adapter.rest.blink.BlinkConfig;
import dev.opencif.adapter.rest.blink.BlinkHandler;
import dev.opencif.adapter.rest.blink.BlinkUseCases;
import dev.opencif.adapter.rest.callaction.CallActionHandler;
import dev.opencif.adapter.rest.callaction.CallActionUseCases;
import dev.opencif.adapter.rest.counterparty.CounterpartyConfig.AssetSpec;
import dev.opencif.adapter.rest.counterparty.CounterpartyConfig;
import dev.opencif.adapter.rest.counterparty.CounterpartyHandler;
import dev.opencif.adapter.rest.counterparty.CounterpartyUseCases;
import dev.opencif.application.OpenCif;
import dev.opencif.dialect.DialectHandler;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds each dialect's handler from the configuration, with the use cases it calls, for the HTTP transport to mount. */
final class DialectMounts {
    /** The fictional e-money asset counterparty REST offers when the configuration names none. */
    static final AssetSpec DEMO_ASSET = new AssetSpec("EUR", "G" + "OPENCIFDEMOEMONEYISSUER" + "A".repeat(32), "Demo e-euro", 2, "EUR");
    /** Roles a counterparty token needs to read and to write, as the handler checks them by default. */
    static final List<String> COUNTERPARTY_ROLES = List.of("customers:read", "customers:write");

    private DialectMounts() {
    }

    /** The realm each dialect's handler authenticates its clients in. */
    static String realm(Dialect dialect) {
        switch (dialect) {
            case ESB:
                return EsbConfig.REALM;
            case INTERAPI:
                return InterApiConfig.REALM;
            case CALLACTION:
                return CallActionHandler.REALM;
            case BLINK:
                return BlinkConfig.DEFAULT_REALM;
            default:
                return dialect.key();
        }
    }

    /**
     * Every dialect the configuration allows, each wired to the use cases it calls. A dialect is left out only when
     * {@code <dialect>.enabled=false}; a dialect without clients (counterparty REST: without its token settings) stops
     * the start, naming the keys to set.
     */
    static Map<Dialect, DialectHandler> mount(OpenCif opencif, ServerConfig config, DialectCredentials credentials) {
        int max = config.limits().maxBodyBytes();
        Clock clock = Clock.systemUTC();
        DialectSettings settings = new DialectSettings(config.settings());
        Map<Dialect, DialectHandler> handlers = new EnumMap<>(Dialect.class);
        for (Dialect dialect : List.of(Dialect.ESB, Dialect.INTERAPI, Dialect.CALLACTION, Dialect.BLINK)) {
            if (settings.enabled(dialect) && credentials.clients(dialect).isEmpty()) {
                throw new ConfigException(dialect.title() + " has no clients: set " + dialect.key() + ".clients.<id>.secret in "
                        + config.settings().source() + ", or " + dialect.key() + ".enabled=false to run without it");
            }
        }
        if (settings.enabled(Dialect.ESB)) {
            handlers.put(Dialect.ESB, new AccountServiceHandler(AccountServiceUseCases.from(opencif), settings.esb(max, clock)));
        }
        if (settings.enabled(Dialect.INTERAPI)) {
            handlers.put(Dialect.INTERAPI, new InterApiHandler(InterApiUseCases.from(opencif), settings.interApi(max)));
        }
        if (settings.enabled(Dialect.COUNTERPARTY)) {
            CounterpartyJwtSettings jwt = credentials.counterpartyJwt().orElseThrow(() -> new ConfigException(
                    "counterparty REST needs counterparty.jwt.hs256-secret and/or counterparty.jwt.rs256-public-key(-file),"
                            + " with counterparty.jwt.issuer and counterparty.jwt.audience, in " + config.settings().source()
                            + "; or set counterparty.enabled=false to run without it"));
            handlers.put(Dialect.COUNTERPARTY, new CounterpartyHandler(CounterpartyUseCases.from(opencif),
                    counterpartyConfig(jwt, config.settings(), config.fictionAllowed(), max, clock)));
        }
        if (settings.enabled(Dialect.CALLACTION)) {
            handlers.put(Dialect.CALLACTION, new CallActionHandler(CallActionUseCases.from(opencif), settings.callAction(max)));
        }
        if (settings.enabled(Dialect.BLINK)) {
            handlers.put(Dialect.BLINK, new BlinkHandler(BlinkUseCases.from(opencif), new BlinkConfig(null, null, max, 0, 0)));
        }
        return handlers;
    }

    static CounterpartyConfig counterpartyConfig(CounterpartyJwtSettings jwt, ConfigFile settings, boolean fictionAllowed,
                                                 int maxBody, Clock clock) {
        List<AssetSpec> assets = new ArrayList<>();
        for (String code : settings.children("counterparty.assets")) {
            String prefix = "counterparty.assets." + code;
            try {
                assets.add(new AssetSpec(code, settings.get(prefix + ".issuer").orElse(null), settings.get(prefix + ".name").orElse(code),
                        Integer.parseInt(settings.get(prefix + ".minor-unit").orElse("2")), settings.get(prefix + ".stellar-code").orElse(code)));
            } catch (RuntimeException e) {
                throw new ConfigException(prefix + " is not a valid asset (issuer: a Stellar account id G…, 56 characters; "
                        + "minor-unit 0-8): " + e.getMessage(), e);
            }
        }
        if (assets.isEmpty()) {
            if (!fictionAllowed) {
                throw new ConfigException("counterparty.assets.<CODE>.issuer (with .name, .minor-unit, .stellar-code) is not set:"
                        + " counterparty REST opens e-money wallets only in configured assets. (The fictional demo asset is"
                        + " used only with --demo, or on the embedded database without --config.)");
            }
            assets.add(DEMO_ASSET);
        }
        try {
            return CounterpartyConfig.of(jwt.hs256Secret(), rsaKey(jwt.rs256PublicKeyPem()), jwt.issuer(), jwt.audience(), assets)
                    .withLimits(maxBody, 0, 0).withClock(clock);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("counterparty configuration: " + e.getMessage(), e);
        }
    }

    /** The e-money asset of demo wallets: the first configured counterparty asset, else {@link #DEMO_ASSET}. */
    static dev.opencif.domain.account.Asset walletAsset(ConfigFile settings) {
        AssetSpec spec = settings.children("counterparty.assets").isEmpty() ? DEMO_ASSET
                : counterpartyConfig(new CounterpartyJwtSettings("x".repeat(32), null, "i", "a", false), settings, false, 1024,
                        Clock.systemUTC()).assets().get(0);
        return new dev.opencif.domain.account.Asset(dev.opencif.domain.shared.AssetCode.of(spec.code()), spec.issuer(),
                spec.minorUnit(), spec.name(), spec.stellarCode());
    }

    private static RSAPublicKey rsaKey(String pem) {
        if (pem == null) {
            return null;
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new ConfigException("counterparty.jwt.rs256-public-key is not an RSA public key in PEM (BEGIN PUBLIC KEY)", e);
        }
    }

    /** A development token for counterparty REST: HS256, the given counterparty, read and write roles. */
    static String developmentToken(CounterpartyJwtSettings jwt, String counterparty, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("opencif-dev")
                .issuer(jwt.issuer())
                .audience(jwt.audience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .claim("counterparty_guid", counterparty)
                .claim("roles", COUNTERPARTY_ROLES)
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            token.sign(new MACSigner(jwt.hs256Secret().getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
        return token.serialize();
    }

    /** Prints how to call each dialect with the generated development credentials. */
    static void describeGenerated(DialectCredentials credentials, PrintStream out) {
        for (ClientSecret client : credentials.clients()) {
            String secret = client.generatedSecret();
            switch (client.dialect()) {
                case ESB:
                    out.println("  ESB          Authorization: Basic " + Base64.getEncoder().encodeToString(
                            (client.clientId() + ":" + secret).getBytes(StandardCharsets.UTF_8)) + "   (client " + client.clientId() + ")");
                    break;
                case INTERAPI:
                    out.println("  inter-API    Header.AppKey: " + secret);
                    break;
                case CALLACTION:
                    out.println("  callAction   ApiInfo.UserName: " + client.clientId() + "  ApiInfo.Token: " + secret);
                    break;
                case BLINK:
                    out.println("  bLink        Authorization: Bearer " + client.clientId() + "." + secret);
                    break;
                default:
                    break;
            }
        }
        credentials.counterpartyJwt().filter(jwt -> jwt.hs256Secret() != null).ifPresent(jwt -> out.println(
                "  counterparty Authorization: Bearer " + developmentToken(jwt, DemoData.DEMO_COUNTERPARTY.toString(), Duration.ofDays(30))
                        + "\n               (HS256, counterparty " + DemoData.DEMO_COUNTERPARTY + ", 30 days; secret in the file above)"));
    }
}
