package dev.opencif.domain.transaction;

/** Money coming in to or going out of the customer. */
public enum Direction {
    INCOMING,
    OUTGOING
}
