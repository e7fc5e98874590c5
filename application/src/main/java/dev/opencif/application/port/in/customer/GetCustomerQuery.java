package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Viewer;
import jakarta.validation.constraints.NotNull;

/** Which customer, for whom. */
public record GetCustomerQuery(
        @NotNull CustomerRef customer,
        @NotNull Viewer viewer) {
}
