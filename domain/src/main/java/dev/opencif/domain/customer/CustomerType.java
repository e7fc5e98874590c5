package dev.opencif.domain.customer;

/** Individual (private person) or legal entity; the seeds onboard individuals, the model leaves room for companies. */
public enum CustomerType {
    INDIVIDUAL,
    LEGAL_ENTITY
}
