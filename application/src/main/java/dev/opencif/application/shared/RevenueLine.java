package dev.opencif.application.shared;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Fees earned in one month and currency. */
public record RevenueLine(
        YearMonth month,
        String currency,
        BigDecimal fees) {
}
