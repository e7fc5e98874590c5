package dev.opencif.application.shared;

import dev.opencif.domain.customer.CustomerState;
import java.util.Comparator;

/**
 * Orderings of a customer list (counterparty {@code ordering}). Ties are broken by customer id so
 * paging is stable.
 */
public enum CustomerOrdering {
    CREATED_AT_ASC,
    CREATED_AT_DESC,
    UPDATED_AT_ASC,
    UPDATED_AT_DESC,
    SURNAME_ASC,
    SURNAME_DESC,
    CIF_ASC,
    CIF_DESC;

    /** The same order in memory, for adapters that do not sort in a database. */
    public Comparator<CustomerState> comparator() {
        Comparator<CustomerState> primary = switch (this) {
            case CREATED_AT_ASC, CREATED_AT_DESC -> Comparator.comparing(CustomerState::createdAt);
            case UPDATED_AT_ASC, UPDATED_AT_DESC -> Comparator.comparing(CustomerState::updatedAt);
            case SURNAME_ASC, SURNAME_DESC -> Comparator.comparing(s -> s.name().last() == null ? "" : s.name().last());
            case CIF_ASC, CIF_DESC -> Comparator.comparing(CustomerState::number);
        };
        if (name().endsWith("_DESC")) {
            primary = primary.reversed();
        }
        // UUID strings order like database UUIDs (unsigned, byte by byte); UUID.compareTo does not.
        return primary.thenComparing(s -> s.id().value().toString());
    }
}
