package dev.opencif.application.port.in.view;

import dev.opencif.application.shared.CurrencyAmounts;
import dev.opencif.application.shared.RevenueLine;
import java.util.List;

/** Monthly revenue lines and totals per currency. */
public record Revenues(
        List<RevenueLine> months,
        List<CurrencyAmounts> totals) {
}
