package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Viewer;
import jakarta.validation.constraints.NotNull;

/** Whose contact details, for whom. */
public record ListContactDetailsQuery(
        @NotNull CustomerRef person,
        @NotNull Viewer viewer) {
}
