package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Viewer;
import jakarta.validation.constraints.NotNull;

/** Whose addresses, for whom. */
public record ListAddressesQuery(
        @NotNull CustomerRef customer,
        @NotNull Viewer viewer) {
}
