package dev.opencif.application.shared;

import java.math.BigDecimal;

/** Sums in one currency: transaction count, volume and fees. */
public record CurrencyAmounts(
        String currency,
        long count,
        BigDecimal volume,
        BigDecimal fees) {
}
