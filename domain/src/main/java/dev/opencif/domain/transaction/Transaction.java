package dev.opencif.domain.transaction;

import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Money;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A booked transaction of a customer, delivered by the booking feed: direction, inter/intra-bank,
 * amount, the fee the bank earned (its revenue), an indicator (e.g. {@code TRANSFER}, {@code CARD})
 * and the channel. {@code externalRef} makes the feed idempotent.
 */
public record Transaction(
        TransactionId id,
        String externalRef,
        CustomerId customerId,
        AccountId accountId,
        Instant bookedAt,
        Direction direction,
        Scope scope,
        Money amount,
        Money fee,
        String indicator,
        Channel channel) {

    private static final Pattern INDICATOR = Pattern.compile("[A-Z0-9_]{1,40}");

    public Transaction {
        Checks.required(id, "transactionId");
        externalRef = Checks.text(externalRef, "externalRef", 100);
        Checks.required(customerId, "customerId");
        Checks.supportedInstant(Checks.required(bookedAt, "bookedAt"), "bookedAt");
        Checks.required(direction, "direction");
        Checks.required(scope, "interIntra");
        Checks.required(amount, "amount");
        Checks.that(amount.isPositive(), "amount", "must be positive");
        if (fee != null) {
            Checks.that(!fee.isNegative(), "fee", "must not be negative");
            Checks.that(fee.currency().equals(amount.currency()) && fee.minorUnits() == amount.minorUnits(), "fee",
                    "must be in the transaction's currency");
        }
        Checks.required(indicator, "indicator");
        indicator = indicator.strip().toUpperCase(java.util.Locale.ROOT);
        Checks.matches(indicator, INDICATOR, "indicator", "1 to 40 letters, digits or underscores");
        Checks.required(channel, "channel");
    }

    /** The signed effect on the customer's balance: positive incoming, negative outgoing (fee included). */
    public Money balanceEffect() {
        Money gross = fee == null ? amount : amount.plus(fee);
        return direction == Direction.INCOMING ? amount : gross.negate();
    }
}
