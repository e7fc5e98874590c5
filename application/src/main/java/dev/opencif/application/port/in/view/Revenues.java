package dev.opencif.application.port.in.view;

import java.util.List;

/** Monthly revenue lines and totals per currency. */
public record Revenues(
        List<RevenueLine> months,
        List<CurrencyAmounts> totals) {
}
