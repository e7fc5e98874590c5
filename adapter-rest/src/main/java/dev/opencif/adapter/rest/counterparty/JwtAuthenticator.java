package dev.opencif.adapter.rest.counterparty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.error.ForbiddenException;
import dev.opencif.domain.error.UnauthenticatedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Verifies the counterparty dialect's bearer JWT with nimbus-jose-jwt: HS256 or RS256 signature, then
 * {@code exp} (required), {@code nbf}, {@code iss} and {@code aud} with the configured clock skew. The
 * counterparty and roles claims are then matched against the route (403 when they do not fit).
 * A token that passed is remembered (at most {@link #MAX_CACHED_TOKENS}, by the SHA-256 of its exact text) so its
 * next requests skip parsing and signature checks; {@code exp} and {@code nbf} are still judged on every request.
 * Thread-safe.
 */
final class JwtAuthenticator {
    /** Verified tokens remembered at most. */
    static final int MAX_CACHED_TOKENS = 1_024;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final CounterpartyConfig config;
    private final JWSVerifier hmac;
    private final JWSVerifier rsa;
    private final int maxCachedTokens;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Object evictionLock = new Object();

    JwtAuthenticator(CounterpartyConfig config) {
        this(config, MAX_CACHED_TOKENS);
    }

    JwtAuthenticator(CounterpartyConfig config, int maxCachedTokens) {
        if (maxCachedTokens < 1) {
            throw new IllegalArgumentException("maxCachedTokens must be at least 1");
        }
        this.config = config;
        this.maxCachedTokens = maxCachedTokens;
        try {
            this.hmac = config.hs256Secret() == null ? null : new MACVerifier(config.hs256Secret().getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable HS256 secret", e);
        }
        this.rsa = config.rs256PublicKey() == null ? null : new RSASSAVerifier(config.rs256PublicKey());
    }

    /** The verified token's claims of interest. */
    record Principal(String subject, String counterparty, Set<String> roles) {
    }

    /** A verified token's principal and the instants its validity is judged by: {@code exp} + skew, {@code nbf} if any. */
    private record Verified(Principal principal, Instant expiresAt, Instant notBefore) {
        boolean validAt(Instant now, Duration clockSkew) {
            return now.isBefore(expiresAt) && (notBefore == null || !now.plus(clockSkew).isBefore(notBefore));
        }
    }

    Principal authenticate(Optional<String> authorization) {
        String header = authorization.orElseThrow(() -> new UnauthenticatedException("a bearer token is required"));
        String[] parts = WHITESPACE.split(header.strip(), 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw new UnauthenticatedException("a bearer token is required");
        }
        String key = cacheKey(parts[1]);
        Verified known = verified.get(key);
        if (known != null) {
            if (known.validAt(config.clock().instant(), config.clockSkew())) {
                return known.principal();
            }
            // Judged again in full below, which refuses it with the precise reason.
            verified.remove(key, known);
        }
        Verified fresh = verify(parts[1]);
        remember(key, fresh);
        return fresh.principal();
    }

    /** Parses and checks the token completely; throws for any failure, never remembers anything. */
    private Verified verify(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new UnauthenticatedException("the token is not a signed JWT");
        }
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        JWSVerifier verifier = JWSAlgorithm.HS256.equals(alg) ? hmac : JWSAlgorithm.RS256.equals(alg) ? rsa : null;
        if (verifier == null) {
            throw new UnauthenticatedException("the token algorithm " + alg + " is not accepted");
        }
        try {
            if (!jwt.verify(verifier)) {
                throw new UnauthenticatedException("the token signature is invalid");
            }
        } catch (JOSEException e) {
            throw new UnauthenticatedException("the token signature is invalid");
        }
        Instant now = config.clock().instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new UnauthenticatedException("the token has no expiry");
        }
        if (!now.isBefore(exp.toInstant().plus(config.clockSkew()))) {
            throw new UnauthenticatedException("the token has expired");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.plus(config.clockSkew()).isBefore(nbf.toInstant())) {
            throw new UnauthenticatedException("the token is not valid yet");
        }
        if (!config.issuer().equals(claims.getIssuer())) {
            throw new UnauthenticatedException("the token issuer is not accepted");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(config.audience())) {
            throw new UnauthenticatedException("the token is not meant for this audience");
        }
        Object counterparty = claims.getClaim(config.counterpartyClaim());
        Principal principal = new Principal(claims.getSubject(), counterparty instanceof String s ? s : null,
                roles(claims.getClaim(config.rolesClaim())));
        return new Verified(principal, exp.toInstant().plus(config.clockSkew()), nbf == null ? null : nbf.toInstant());
    }

    /** Keeps a verified token, first dropping expired ones and then arbitrary ones when the cache is full. */
    private void remember(String key, Verified fresh) {
        synchronized (evictionLock) {
            if (verified.size() >= maxCachedTokens && !verified.containsKey(key)) {
                Instant now = config.clock().instant();
                verified.values().removeIf(v -> !now.isBefore(v.expiresAt()));
                Iterator<String> keys = verified.keySet().iterator();
                while (verified.size() >= maxCachedTokens && keys.hasNext()) {
                    keys.next();
                    keys.remove();
                }
            }
            verified.put(key, fresh);
        }
    }

    /** Tokens remembered now. */
    int cachedTokens() {
        return verified.size();
    }

    /** Whether this exact token is remembered now. */
    boolean remembers(String token) {
        return verified.containsKey(cacheKey(token));
    }

    /** The SHA-256 of the token: cheap next to a signature check, and never holds or compares the bearer secret itself. */
    private static String cacheKey(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The token's counterparty must be the path's; GETs need the read or the write role, writes the write role. */
    void authorize(Principal principal, CounterpartyId pathCounterparty, boolean write) {
        if (principal.counterparty() == null || !sameGuid(principal.counterparty(), pathCounterparty)) {
            throw new ForbiddenException("the token is not issued for this counterparty");
        }
        boolean allowed = write ? principal.roles().contains(config.writeRole())
                : principal.roles().contains(config.readRole()) || principal.roles().contains(config.writeRole());
        if (!allowed) {
            throw new ForbiddenException("the token lacks the role " + (write ? config.writeRole() : config.readRole()));
        }
    }

    private static boolean sameGuid(String claim, CounterpartyId path) {
        try {
            return UUID.fromString(claim.strip()).equals(path.value());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<String> roles(Object claim) {
        Set<String> roles = new LinkedHashSet<>();
        if (claim instanceof String s) {
            roles.addAll(Arrays.asList(WHITESPACE.split(s.strip())));
        } else if (claim instanceof Collection<?> values) {
            values.stream().filter(String.class::isInstance).map(String.class::cast).forEach(roles::add);
        }
        return Collections.unmodifiableSet(roles);
    }
}
