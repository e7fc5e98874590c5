package dev.opencif.adapter.rest.counterparty;

import dev.opencif.application.shared.PageRequest;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.shared.AssetCode;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the counterparty REST dialect: how bearer JWTs are verified (HS256 shared secret and/or RS256
 * public key, issuer, audience, clock skew, the claims holding the counterparty GUID and the roles, the
 * read and write roles), body and paging limits, and the e-money asset catalogue of the platform.
 * {@code clock} only judges token expiry and stamps a KYC level given at creation.
 */
public record CounterpartyConfig(
        String hs256Secret,
        RSAPublicKey rs256PublicKey,
        String issuer,
        String audience,
        Duration clockSkew,
        String counterpartyClaim,
        String rolesClaim,
        String readRole,
        String writeRole,
        int maxBodyBytes,
        int defaultLimit,
        int maxLimit,
        List<AssetSpec> assets,
        String platform,
        Clock clock) {

    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_LIMIT = 50;
    public static final int DEFAULT_MAX_LIMIT = 200;
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    public CounterpartyConfig {
        if (hs256Secret == null && rs256PublicKey == null) {
            throw new IllegalArgumentException("configure an HS256 secret, an RS256 public key or both");
        }
        if (hs256Secret != null && hs256Secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("the HS256 secret must have at least 256 bits (32 bytes)");
        }
        issuer = requireText(issuer, "issuer");
        audience = requireText(audience, "audience");
        clockSkew = clockSkew == null ? DEFAULT_CLOCK_SKEW : clockSkew;
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clockSkew must not be negative");
        }
        counterpartyClaim = counterpartyClaim == null ? "counterparty_guid" : requireText(counterpartyClaim, "counterpartyClaim");
        rolesClaim = rolesClaim == null ? "roles" : requireText(rolesClaim, "rolesClaim");
        readRole = readRole == null ? "customers:read" : requireText(readRole, "readRole");
        writeRole = writeRole == null ? "customers:write" : requireText(writeRole, "writeRole");
        maxBodyBytes = maxBodyBytes <= 0 ? DEFAULT_MAX_BODY_BYTES : maxBodyBytes;
        maxLimit = maxLimit <= 0 ? DEFAULT_MAX_LIMIT : maxLimit;
        defaultLimit = defaultLimit <= 0 ? Math.min(DEFAULT_LIMIT, maxLimit) : defaultLimit;
        if (maxLimit > PageRequest.MAX_LIMIT || defaultLimit > maxLimit) {
            throw new IllegalArgumentException("need 1 <= defaultLimit <= maxLimit <= " + PageRequest.MAX_LIMIT);
        }
        assets = List.copyOf(Objects.requireNonNull(assets, "assets"));
        if (assets.isEmpty()) {
            throw new IllegalArgumentException("the platform needs at least one asset");
        }
        platform = platform == null ? "" : platform;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** A configuration with every default: 60 s skew, claims {@code counterparty_guid}/{@code roles}, roles {@code customers:read}/{@code customers:write}, 1 MiB, limit 50 of at most 200. */
    public static CounterpartyConfig of(String hs256Secret, RSAPublicKey rs256PublicKey, String issuer, String audience,
                                        List<AssetSpec> assets) {
        return new CounterpartyConfig(hs256Secret, rs256PublicKey, issuer, audience, null, null, null, null, null, 0, 0, 0,
                assets, null, null);
    }

    public CounterpartyConfig withClock(Clock newClock) {
        return new CounterpartyConfig(hs256Secret, rs256PublicKey, issuer, audience, clockSkew, counterpartyClaim, rolesClaim,
                readRole, writeRole, maxBodyBytes, defaultLimit, maxLimit, assets, platform, newClock);
    }

    public CounterpartyConfig withLimits(int newMaxBodyBytes, int newDefaultLimit, int newMaxLimit) {
        return new CounterpartyConfig(hs256Secret, rs256PublicKey, issuer, audience, clockSkew, counterpartyClaim, rolesClaim,
                readRole, writeRole, newMaxBodyBytes, newDefaultLimit, newMaxLimit, assets, platform, clock);
    }

    /** The asset a new wallet gets when the request names none: the first of the catalogue. */
    AssetSpec defaultAsset() {
        return assets.get(0);
    }

    @Override
    public String toString() {
        return "CounterpartyConfig[issuer=" + issuer + ", audience=" + audience + ", hs256=" + (hs256Secret != null)
                + ", rs256=" + (rs256PublicKey != null) + ", assets=" + assets.size() + "]";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    /** One e-money asset of the platform: code and Stellar issuer (the key), display name, minor units, Stellar code. */
    public record AssetSpec(String code, String issuer, String name, int minorUnit, String stellarCode) {
        public AssetSpec {
            toAsset(code, issuer, name, minorUnit, stellarCode);
        }

        Asset toAsset() {
            return toAsset(code, issuer, name, minorUnit, stellarCode);
        }

        boolean is(String assetCode, String assetIssuer) {
            return code.equals(assetCode) && issuer.equals(assetIssuer);
        }

        private static Asset toAsset(String code, String issuer, String name, int minorUnit, String stellarCode) {
            return new Asset(AssetCode.of(code), Objects.requireNonNull(issuer, "issuer"), minorUnit, name, stellarCode);
        }
    }
}
