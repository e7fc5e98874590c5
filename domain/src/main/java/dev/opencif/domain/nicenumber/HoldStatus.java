package dev.opencif.domain.nicenumber;

/** A nice-number hold is HELD until it is RELEASED, CONSUMED by an account opening, or expires. */
public enum HoldStatus {
    HELD,
    RELEASED,
    CONSUMED
}
