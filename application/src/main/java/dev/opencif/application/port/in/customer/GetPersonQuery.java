package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Viewer;
import jakarta.validation.constraints.NotNull;

/** Which person, for whom. */
public record GetPersonQuery(
        @NotNull CustomerRef person,
        @NotNull Viewer viewer) {
}
