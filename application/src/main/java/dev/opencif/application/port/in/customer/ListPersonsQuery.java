package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.Viewer;
import jakarta.validation.constraints.NotNull;

/** A page of persons for a viewer. */
public record ListPersonsQuery(
        @NotNull Viewer viewer,
        @NotNull PageRequest page) {
}
