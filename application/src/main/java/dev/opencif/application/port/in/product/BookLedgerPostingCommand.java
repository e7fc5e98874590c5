package dev.opencif.application.port.in.product;

import dev.opencif.application.shared.Origin;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A posting as the core ledger's booking feed sends it: the account by number or IBAN (not by customer), the amount in
 * the account's currency, the posting id that makes a redelivery harmless. {@code fee}, {@code indicator} (default
 * {@code TRANSFER}) and {@code scope} (default {@code INTER}) are optional.
 */
public record BookLedgerPostingCommand(
        @NotNull Origin origin,
        @NotBlank String postingId,
        @NotBlank String account,
        @NotNull BigDecimal amount,
        @NotBlank String currency,
        @NotNull Direction direction,
        @NotNull Instant bookedAt,
        BigDecimal fee,
        String indicator,
        Scope scope) {
}
