package dev.opencif.domain.account;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Money;
import java.time.Instant;

/** The complete, immutable state of an {@link Account}, as persistence adapters store it. */
public record AccountState(
        AccountId id,
        AccountNumber number,
        Iban iban,
        CustomerId customerId,
        ProductType product,
        Asset asset,
        Money balance,
        AccountStatus status,
        String blockReason,
        Instant openedAt,
        Instant updatedAt,
        Instant closedAt,
        long version) {

    public AccountState {
        Checks.required(id, "accountId");
        Checks.required(number, "accountNumber");
        Checks.required(customerId, "customerId");
        Checks.required(product, "product");
        Checks.required(asset, "asset");
        Checks.required(balance, "balance");
        Checks.required(status, "status");
        blockReason = Checks.optionalMultilineText(blockReason, "blockReason", 500);
        Checks.required(openedAt, "openedAt");
        Checks.required(updatedAt, "updatedAt");
        Checks.that(version >= 0, "version", "must not be negative");
    }
}
