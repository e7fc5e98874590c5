package dev.opencif.archfixture.clean.domain.customer;

/** Fixture: a domain enum. */
public enum CustomerStatus {
    ACTIVE,
    CLOSED
}
