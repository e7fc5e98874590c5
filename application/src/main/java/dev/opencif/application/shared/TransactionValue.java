package dev.opencif.application.shared;

import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import java.math.BigDecimal;

/** Count and total of transactions for one indicator, direction, scope and currency. */
public record TransactionValue(
        String indicator,
        Direction direction,
        Scope scope,
        String currency,
        long count,
        BigDecimal total) {
}
