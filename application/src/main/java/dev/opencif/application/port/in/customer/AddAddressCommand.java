package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.customer.Address;
import jakarta.validation.constraints.NotNull;

/** A new address for a customer; the address carries a fresh id. */
public record AddAddressCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull Viewer viewer,
        @NotNull Address address) {
}
