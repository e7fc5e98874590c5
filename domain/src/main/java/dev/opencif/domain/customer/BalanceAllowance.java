package dev.opencif.domain.customer;

import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Money;

/**
 * The counterparty platform's allowed balance for a customer ({@code balance_allowed} with
 * {@code balance_asset_code} / {@code balance_asset_issuer}). Never negative.
 */
public record BalanceAllowance(Money amount, String assetIssuer) {
    public BalanceAllowance {
        Checks.required(amount, "balanceAllowed");
        Checks.that(!amount.isNegative(), "balanceAllowed", "must not be negative");
        assetIssuer = Checks.optionalText(assetIssuer, "balanceAssetIssuer", 64);
    }
}
