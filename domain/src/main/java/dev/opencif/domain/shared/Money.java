package dev.opencif.domain.shared;

import dev.opencif.domain.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in one currency or e-money asset, held at exactly the asset's minor units (no double, no
 * silent rounding: an amount with more decimals than the asset has is rejected) and at most 30 integer digits.
 */
public record Money(BigDecimal amount, AssetCode currency, int minorUnits) implements Comparable<Money> {

    public Money {
        Checks.required(amount, "amount");
        Checks.required(currency, "currency");
        Checks.that(minorUnits >= 0 && minorUnits <= 8, "minorUnits", "must be between 0 and 8");
        Checks.amount(amount, "amount");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > minorUnits) {
            throw ValidationException.of("amount", "has more than " + minorUnits + " decimal places for " + currency);
        }
        amount = amount.setScale(minorUnits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency, int minorUnits) {
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(Checks.required(amount, "amount"));
        } catch (NumberFormatException e) {
            throw ValidationException.of("amount", "must be a decimal number");
        }
        return new Money(parsed, AssetCode.of(currency), minorUnits);
    }

    public static Money zero(AssetCode currency, int minorUnits) {
        return new Money(BigDecimal.ZERO, currency, minorUnits);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency, minorUnits);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency, minorUnits);
    }

    public Money negate() {
        return new Money(amount.negate(), currency, minorUnits);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency) || minorUnits != other.minorUnits) {
            throw ValidationException.of("currency", "cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
