package dev.opencif.application.port.in.view;

import dev.opencif.domain.customer.CustomerStatus;
import java.util.List;
import java.util.Map;

/** A customer's history, oldest first, and the number of customers in each lifecycle stage. */
public record ClientLifecycle(
        List<LifecycleEntry> entries,
        Map<CustomerStatus, Long> stageCounts) {
}
