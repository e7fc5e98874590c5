package dev.opencif.domain.customer;

/** How a related person stands to a customer's contracts (callAction {@code accountRelationType}, bLink persons). */
public enum RelationType {
    HOLDER,
    LEGAL_REPRESENTATIVE,
    GUARDIAN,
    PROXY,
    AUTHORIZED_PERSON,
    BENEFICIAL_OWNER,
    SPOUSE,
    OTHER
}
