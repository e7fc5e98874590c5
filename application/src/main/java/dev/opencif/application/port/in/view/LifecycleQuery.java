package dev.opencif.application.port.in.view;

import dev.opencif.application.shared.CustomerRef;

/** The lifecycle of one customer, or, with no customer, the bank-wide lifecycle stage counts. */
public record LifecycleQuery(
        CustomerRef customer) {
}
