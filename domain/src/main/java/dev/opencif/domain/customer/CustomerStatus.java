package dev.opencif.domain.customer;

import java.util.EnumSet;
import java.util.Set;

/**
 * The customer lifecycle as an explicit state machine:
 * <pre>
 *   PROSPECT ─▶ CANDIDATE ─▶ ACTIVE ◀─▶ BLOCKED
 *       └───────────────────▲  │           │
 *   any state but CLOSED ─────────────────────▶ CLOSED (final)
 * </pre>
 * A prospect (contact customer) may be activated directly (e.g. counterparty onboarding with
 * {@code status=active}); a candidate is a prospect whose digital onboarding completed.
 */
public enum CustomerStatus {
    PROSPECT,
    CANDIDATE,
    ACTIVE,
    BLOCKED,
    CLOSED;

    public Set<CustomerStatus> successors() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(CANDIDATE, ACTIVE, CLOSED);
            case CANDIDATE -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(BLOCKED, CLOSED);
            case BLOCKED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(CustomerStatus.class);
        };
    }

    public boolean canBecome(CustomerStatus next) {
        return successors().contains(next);
    }

    /** The states a customer may be created in. */
    public boolean isInitial() {
        return this == PROSPECT || this == CANDIDATE || this == ACTIVE;
    }
}
