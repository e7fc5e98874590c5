package dev.opencif.domain.nicenumber;

import static dev.opencif.domain.support.DomainAssertions.assertRuleViolated;
import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.ErrorCode;
import dev.opencif.domain.error.ForbiddenException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NiceNumberHoldTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final AccountNumber NUMBER = new AccountNumber("1903126868");
    private static final CustomerId HOLDER = CustomerId.random();
    private static final CustomerId OTHER = CustomerId.random();
    private static final Duration DAY = Duration.ofDays(1);

    private static NiceNumberHold held() {
        return NiceNumberHold.place(NUMBER, HOLDER, NOW, DAY);
    }

    @Test
    void place_holds_the_number_until_now_plus_duration() {
        NiceNumberHold hold = held();

        assertThat(hold.status()).isEqualTo(HoldStatus.HELD);
        assertThat(hold.number()).isEqualTo(NUMBER);
        assertThat(hold.holder()).isEqualTo(HOLDER);
        assertThat(hold.heldAt()).isEqualTo(NOW);
        assertThat(hold.expiresAt()).isEqualTo(NOW.plus(DAY));
    }

    @Test
    void place_accepts_the_duration_bounds() {
        assertThat(NiceNumberHold.place(NUMBER, HOLDER, NOW, Duration.ofMinutes(1)).expiresAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(NiceNumberHold.place(NUMBER, HOLDER, NOW, Duration.ofDays(30)).expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 59, 30L * 24 * 3600 + 1, -60})
    void place_rejects_durations_outside_one_minute_to_thirty_days(long seconds) {
        assertValidationFails(() -> NiceNumberHold.place(NUMBER, HOLDER, NOW, Duration.ofSeconds(seconds)), "holdDuration");
    }

    @Test
    void place_requires_duration_number_and_holder() {
        assertValidationFails(() -> NiceNumberHold.place(NUMBER, HOLDER, NOW, null), "holdDuration");
        assertValidationFails(() -> NiceNumberHold.place(null, HOLDER, NOW, DAY), "accountNumber");
        assertValidationFails(() -> NiceNumberHold.place(NUMBER, null, NOW, DAY), "customerId");
    }

    @Test
    void rejects_expiry_not_after_the_hold_time() {
        assertValidationFails(() -> new NiceNumberHold(NUMBER, HOLDER, NOW, NOW, HoldStatus.HELD), "expiresAt");
    }

    @Test
    void is_active_until_it_expires() {
        NiceNumberHold hold = held();

        assertThat(hold.isActiveAt(NOW)).isTrue();
        assertThat(hold.isActiveAt(NOW.plus(DAY).minusMillis(1))).isTrue();
        assertThat(hold.isActiveAt(NOW.plus(DAY))).isFalse();
        assertThat(hold.isActiveAt(NOW.plus(DAY).plusSeconds(1))).isFalse();
    }

    @Test
    void the_holder_consumes_it_before_expiry() {
        NiceNumberHold hold = held();

        NiceNumberHold consumed = hold.consume(HOLDER, NOW.plusSeconds(60));

        assertThat(consumed.status()).isEqualTo(HoldStatus.CONSUMED);
        assertThat(consumed.isActiveAt(NOW.plusSeconds(61))).isFalse();
        assertThat(consumed.expiresAt()).isEqualTo(hold.expiresAt());
        assertThat(hold.status()).isEqualTo(HoldStatus.HELD);
    }

    @Test
    void another_customer_may_not_consume_it() {
        NiceNumberHold hold = held();

        assertThatThrownBy(() -> hold.consume(OTHER, NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void consuming_after_expiry_is_refused() {
        NiceNumberHold hold = held();

        assertRuleViolated(() -> hold.consume(HOLDER, NOW.plus(DAY)), "HOLD_EXPIRED");
        assertRuleViolated(() -> hold.consume(HOLDER, NOW.plus(DAY).plusSeconds(1)), "HOLD_EXPIRED");
    }

    @Test
    void consuming_twice_is_refused() {
        NiceNumberHold consumed = held().consume(HOLDER, NOW.plusSeconds(60));

        assertRuleViolated(() -> consumed.consume(HOLDER, NOW.plusSeconds(120)), "HOLD_NOT_ACTIVE");
    }

    @Test
    void the_holder_releases_it() {
        NiceNumberHold released = held().release(HOLDER, NOW.plusSeconds(60));

        assertThat(released.status()).isEqualTo(HoldStatus.RELEASED);
        assertThat(released.isActiveAt(NOW.plusSeconds(61))).isFalse();
    }

    @Test
    void a_released_hold_cannot_be_consumed_or_released_again() {
        NiceNumberHold released = held().release(HOLDER, NOW.plusSeconds(60));

        assertRuleViolated(() -> released.consume(HOLDER, NOW.plusSeconds(120)), "HOLD_NOT_ACTIVE");
        assertRuleViolated(() -> released.release(HOLDER, NOW.plusSeconds(120)), "HOLD_NOT_ACTIVE");
    }

    @Test
    void another_customer_may_not_release_it() {
        assertThatThrownBy(() -> held().release(OTHER, NOW.plusSeconds(60))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void releasing_after_expiry_is_refused() {
        assertRuleViolated(() -> held().release(HOLDER, NOW.plus(DAY)), "HOLD_EXPIRED");
    }
}
