package dev.opencif.application.shared;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.RelationType;

/** How a person stands to one customer's contracts. */
public record PersonRole(
        CustomerId customerId,
        RelationType relation) {
}
