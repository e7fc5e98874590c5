package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.customer.RepresentativeId;
import jakarta.validation.constraints.NotNull;

/** Add (no {@code representativeId}) or update a customer's representative. */
public record SaveRepresentativeCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        RepresentativeId representativeId,
        @NotNull CustomerRef representative,
        @NotNull RelationType relation) {
}
