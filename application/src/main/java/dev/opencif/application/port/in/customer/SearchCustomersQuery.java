package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.Viewer;
import jakarta.validation.constraints.NotNull;

/** A filtered, ordered page of customers for a viewer. */
public record SearchCustomersQuery(
        @NotNull Viewer viewer,
        @NotNull CustomerFilter filter,
        @NotNull CustomerOrdering ordering,
        @NotNull PageRequest page) {
}
