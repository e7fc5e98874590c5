package dev.opencif.application.port.in.product;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A transaction booked by the core ledger, delivered by the booking feed. */
public record BookTransactionCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        AccountId account,
        @NotBlank String externalRef,
        @NotNull Instant bookedAt,
        @NotNull Direction direction,
        @NotNull Scope scope,
        @NotNull Money amount,
        Money fee,
        @NotBlank String indicator,
        @NotNull Channel channel) {
}
