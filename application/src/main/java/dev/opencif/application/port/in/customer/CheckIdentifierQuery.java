package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.identifier.Identifier;
import jakarta.validation.constraints.NotNull;

/** Is this identifier in use? {@code counterparty} scopes per-counterparty identifiers (login). */
public record CheckIdentifierQuery(
        @NotNull Identifier identifier,
        CounterpartyId counterparty) {
}
