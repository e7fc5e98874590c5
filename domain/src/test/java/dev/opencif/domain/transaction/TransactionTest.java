package dev.opencif.domain.transaction;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionTest {
    private static final Instant BOOKED = Instant.parse("2024-05-01T10:00:00Z");

    private static Money vnd(String amount) {
        return Money.of(amount, "VND", 0);
    }

    private static Transaction transaction(Direction direction, Money amount, Money fee, String indicator) {
        return new Transaction(TransactionId.random(), " FT24122ABC ", CustomerId.random(), AccountId.random(), BOOKED, direction,
                Scope.INTER, amount, fee, indicator, Channel.ESB);
    }

    @Test
    void rejects_a_booking_time_outside_the_years_1_to_9999() {
        for (Instant bookedAt : new Instant[] {Instant.MAX, Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z")}) {
            assertValidationFails(() -> new Transaction(TransactionId.random(), "FT1", CustomerId.random(), null, bookedAt,
                    Direction.OUTGOING, Scope.INTER, vnd("1"), null, "CARD", Channel.ESB), "bookedAt");
        }
    }

    @Test
    void keeps_a_valid_transaction_and_normalises_the_indicator() {
        Transaction tx = transaction(Direction.OUTGOING, vnd("100000"), vnd("1100"), " transfer ");

        assertThat(tx.externalRef()).isEqualTo("FT24122ABC");
        assertThat(tx.indicator()).isEqualTo("TRANSFER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void rejects_an_amount_that_is_not_positive(String amount) {
        assertValidationFails(() -> transaction(Direction.INCOMING, vnd(amount), null, "TRANSFER"), "amount");
    }

    @Test
    void rejects_a_negative_fee() {
        assertValidationFails(() -> transaction(Direction.OUTGOING, vnd("100"), vnd("-1"), "TRANSFER"), "fee");
    }

    @Test
    void rejects_a_fee_in_another_currency() {
        assertValidationFails(() -> transaction(Direction.OUTGOING, vnd("100"), Money.of("1", "USD", 0), "TRANSFER"), "fee");
    }

    @Test
    void rejects_a_fee_at_other_minor_units_of_the_same_currency() {
        assertValidationFails(() -> transaction(Direction.OUTGOING, vnd("100"), Money.of("1", "VND", 2), "TRANSFER"), "fee");
    }

    @Test
    void accepts_a_zero_fee() {
        assertThat(transaction(Direction.OUTGOING, vnd("100"), vnd("0"), "CARD").fee()).isEqualTo(vnd("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CARD-PAYMENT", "ÇEK", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void rejects_a_malformed_indicator(String indicator) {
        assertValidationFails(() -> transaction(Direction.INCOMING, vnd("100"), null, indicator), "indicator");
    }

    @Test
    void requires_reference_direction_scope_and_channel() {
        assertValidationFails(() -> new Transaction(TransactionId.random(), " ", CustomerId.random(), null, BOOKED,
                Direction.INCOMING, Scope.INTRA, vnd("1"), null, "CARD", Channel.ESB), "externalRef");
        assertValidationFails(() -> new Transaction(TransactionId.random(), "r", CustomerId.random(), null, BOOKED,
                null, Scope.INTRA, vnd("1"), null, "CARD", Channel.ESB), "direction");
        assertValidationFails(() -> new Transaction(TransactionId.random(), "r", CustomerId.random(), null, BOOKED,
                Direction.INCOMING, null, vnd("1"), null, "CARD", Channel.ESB), "interIntra");
        assertValidationFails(() -> new Transaction(TransactionId.random(), "r", CustomerId.random(), null, BOOKED,
                Direction.INCOMING, Scope.INTRA, vnd("1"), null, "CARD", null), "channel");
    }

    @Test
    void incoming_adds_the_amount() {
        assertThat(transaction(Direction.INCOMING, vnd("100000"), null, "TRANSFER").balanceEffect()).isEqualTo(vnd("100000"));
    }

    @Test
    void incoming_with_a_fee_still_adds_the_full_amount() {
        assertThat(transaction(Direction.INCOMING, vnd("100000"), vnd("1100"), "TRANSFER").balanceEffect()).isEqualTo(vnd("100000"));
    }

    @Test
    void outgoing_subtracts_the_amount() {
        assertThat(transaction(Direction.OUTGOING, vnd("100000"), null, "TRANSFER").balanceEffect()).isEqualTo(vnd("-100000"));
    }

    @Test
    void outgoing_with_a_fee_subtracts_amount_and_fee() {
        assertThat(transaction(Direction.OUTGOING, vnd("100000"), vnd("1100"), "TRANSFER").balanceEffect()).isEqualTo(vnd("-101100"));
    }
}
