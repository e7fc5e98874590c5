package dev.opencif.adapter.rest.counterparty;

import static dev.opencif.adapter.rest.counterparty.CounterpartyFixture.CP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.opencif.adapter.rest.counterparty.JwtAuthenticator.Principal;
import dev.opencif.domain.error.UnauthenticatedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JwtAuthenticatorTest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final CounterpartyFixture f = new CounterpartyFixture();
    private final JwtAuthenticator authenticator = new JwtAuthenticator(f.config);

    private static Optional<String> bearer(String token) {
        return Optional.of("Bearer " + token);
    }

    private void assertRefused(JwtAuthenticator target, String token, String reason) {
        assertThatThrownBy(() -> target.authenticate(bearer(token)))
                .isInstanceOf(UnauthenticatedException.class).hasMessage(reason);
    }

    @Test
    void reuses_a_verified_token_until_it_expires() {
        String token = f.token();
        Principal first = authenticator.authenticate(bearer(token));
        assertThat(authenticator.remembers(token)).isTrue();

        f.clock.advance(TEN_MINUTES.plus(f.config.clockSkew()).minusSeconds(1));
        assertThat(authenticator.authenticate(Optional.of("  bearer\t" + token + " "))).isEqualTo(first);
        assertThat(first.subject()).isEqualTo("employee-1");
        assertThat(first.counterparty()).isEqualTo(CP);
        assertThat(first.roles()).containsExactly("customers:read", "customers:write");
        assertThatThrownBy(() -> first.roles().add("customers:admin")).isInstanceOf(UnsupportedOperationException.class);

        f.clock.advance(Duration.ofSeconds(1));
        assertRefused(authenticator, token, "the token has expired");
        assertThat(authenticator.remembers(token)).isFalse();
        assertThat(authenticator.cachedTokens()).isZero();
    }

    @Test
    void refuses_a_token_signed_with_another_key_even_when_the_same_claims_were_cached() {
        JWTClaimsSet claims = f.claims(CP, "customers:read").build();
        String valid = CounterpartyFixture.hs256(claims);
        authenticator.authenticate(bearer(valid));
        assertThat(authenticator.remembers(valid)).isTrue();

        assertRefused(authenticator, CounterpartyFixture.hs256(claims, "another-secret-of-at-least-32-bytes!!"),
                "the token signature is invalid");
        assertRefused(authenticator, CounterpartyFixture.rs256(claims, CounterpartyFixture.OTHER_RSA),
                "the token signature is invalid");
        String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
        assertRefused(authenticator, tampered, "the token signature is invalid");
        assertThat(authenticator.cachedTokens()).isEqualTo(1);
    }

    @Test
    void never_remembers_a_refused_token() {
        List<String> refused = List.of(
                CounterpartyFixture.hs256(f.claims(CP, "customers:read")
                        .expirationTime(Date.from(f.clock.instant().minus(Duration.ofMinutes(5)))).build()),
                CounterpartyFixture.hs256(f.claims(CP, "customers:read").expirationTime(null).build()),
                CounterpartyFixture.hs256(f.claims(CP, "customers:read").issuer("https://evil.test").build()),
                CounterpartyFixture.hs256(f.claims(CP, "customers:read").audience("other-api").build()),
                CounterpartyFixture.hs256(f.claims(CP, "customers:read").build(), "another-secret-of-at-least-32-bytes!!"),
                "not.a.jwt");

        for (String token : refused) {
            assertThatThrownBy(() -> authenticator.authenticate(bearer(token))).isInstanceOf(UnauthenticatedException.class);
            assertThatThrownBy(() -> authenticator.authenticate(bearer(token))).isInstanceOf(UnauthenticatedException.class);
        }
        assertThat(authenticator.cachedTokens()).isZero();
    }

    @Test
    void judges_not_before_on_every_request() {
        Instant start = f.clock.instant();
        String early = CounterpartyFixture.hs256(f.claims(CP, "customers:read")
                .notBeforeTime(Date.from(start.plus(Duration.ofMinutes(5)))).build());
        assertRefused(authenticator, early, "the token is not valid yet");
        assertThat(authenticator.remembers(early)).isFalse();

        f.clock.advance(Duration.ofMinutes(4));
        authenticator.authenticate(bearer(early));
        assertThat(authenticator.remembers(early)).isTrue();

        f.clock.set(start);
        assertRefused(authenticator, early, "the token is not valid yet");
        assertThat(authenticator.remembers(early)).isFalse();
    }

    @Test
    void tolerates_the_clock_skew_on_a_remembered_token_exactly_as_on_a_new_one() {
        String token = CounterpartyFixture.hs256(f.claims(CP, "customers:read")
                .expirationTime(Date.from(f.clock.instant().plus(Duration.ofSeconds(30)))).build());
        authenticator.authenticate(bearer(token));

        f.clock.advance(Duration.ofSeconds(89));
        assertThat(authenticator.authenticate(bearer(token)).counterparty()).isEqualTo(CP);
        f.clock.advance(Duration.ofSeconds(1));
        assertRefused(authenticator, token, "the token has expired");
    }

    @Test
    void stays_within_its_bound_and_keeps_accepting_evicted_tokens() {
        JwtAuthenticator small = new JwtAuthenticator(f.config, 3);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(CounterpartyFixture.hs256(f.claims(CP, "customers:read").subject("employee-" + i).build()));
        }

        for (String token : tokens) {
            small.authenticate(bearer(token));
            assertThat(small.cachedTokens()).isLessThanOrEqualTo(3);
        }
        assertThat(small.cachedTokens()).isEqualTo(3);
        assertThat(small.remembers(tokens.get(4))).isTrue();
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(small.authenticate(bearer(tokens.get(i))).subject()).isEqualTo("employee-" + i);
        }
        assertThat(small.cachedTokens()).isEqualTo(3);
    }

    @Test
    void drops_expired_tokens_before_live_ones_when_full() {
        JwtAuthenticator small = new JwtAuthenticator(f.config, 2);
        String shortLived = CounterpartyFixture.hs256(f.claims(CP, "customers:read")
                .expirationTime(Date.from(f.clock.instant().plus(Duration.ofMinutes(1)))).build());
        String longLived = CounterpartyFixture.hs256(f.claims(CP, "customers:read").build());
        small.authenticate(bearer(shortLived));
        small.authenticate(bearer(longLived));

        f.clock.advance(Duration.ofMinutes(3));
        String next = CounterpartyFixture.hs256(f.claims(CP, "customers:write").build());
        small.authenticate(bearer(next));

        assertThat(small.remembers(shortLived)).isFalse();
        assertThat(small.remembers(longLived)).isTrue();
        assertThat(small.remembers(next)).isTrue();
    }
}
