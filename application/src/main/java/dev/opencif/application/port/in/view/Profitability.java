package dev.opencif.application.port.in.view;

import dev.opencif.application.shared.CurrencyAmounts;
import java.util.List;

/** Revenue (fees earned) and volume of a customer for one indicator, per currency. */
public record Profitability(
        String indicator,
        List<CurrencyAmounts> byCurrency) {
}
