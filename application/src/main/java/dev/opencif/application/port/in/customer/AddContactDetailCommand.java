package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.customer.ContactDetail;
import jakarta.validation.constraints.NotNull;

/** A new contact detail for a person (a customer record). */
public record AddContactDetailCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef person,
        @NotNull Viewer viewer,
        @NotNull ContactDetail contactDetail) {
}
