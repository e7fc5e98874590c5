package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.customer.Address;
import jakarta.validation.constraints.NotNull;

/** The new content of an existing address (same id). */
public record UpdateAddressCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull Viewer viewer,
        @NotNull Address address) {
}
