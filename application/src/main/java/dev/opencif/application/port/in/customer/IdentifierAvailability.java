package dev.opencif.application.port.in.customer;

import dev.opencif.domain.identifier.IdentifierType;

/** Whether the identifier is already in use. Never says by whom. */
public record IdentifierAvailability(
        IdentifierType type,
        boolean inUse) {
}
