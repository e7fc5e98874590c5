package dev.opencif.application.port.in.view;

import dev.opencif.domain.customer.CustomerId;
import java.net.URI;
import java.util.Optional;

/** The stored picture reference of a customer, if any, and initials to show otherwise. */
public record CustomerPicture(
        CustomerId customerId,
        Optional<URI> picture,
        String initials) {
}
