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
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies the counterparty dialect's bearer JWT with nimbus-jose-jwt: HS256 or RS256 signature, then
 * {@code exp} (required), {@code nbf}, {@code iss} and {@code aud} with the configured clock skew. The
 * counterparty and roles claims are then matched against the route (403 when they do not fit).
 */
final class JwtAuthenticator {
    private final CounterpartyConfig config;
    private final JWSVerifier hmac;
    private final JWSVerifier rsa;

    JwtAuthenticator(CounterpartyConfig config) {
        this.config = config;
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

    Principal authenticate(Optional<String> authorization) {
        String header = authorization.orElseThrow(() -> new UnauthenticatedException("a bearer token is required"));
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw new UnauthenticatedException("a bearer token is required");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(parts[1]);
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
        return new Principal(claims.getSubject(), counterparty instanceof String s ? s : null, roles(claims.getClaim(config.rolesClaim())));
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
            roles.addAll(Arrays.asList(s.strip().split("\\s+")));
        } else if (claim instanceof Collection<?> values) {
            values.stream().filter(String.class::isInstance).map(String.class::cast).forEach(roles::add);
        }
        return roles;
    }
}
