package dev.opencif.domain.identifier;

/** The kinds of identifier OpenCIF knows, each with its uniqueness rule. */
public enum IdentifierType {
    NATIONAL_ID(Uniqueness.BANK_WIDE),
    PHONE(Uniqueness.PER_COUNTERPARTY),
    EMAIL(Uniqueness.NONE),
    LOGIN(Uniqueness.PER_COUNTERPARTY),
    BANKING_USERNAME(Uniqueness.BANK_WIDE);

    private final Uniqueness uniqueness;

    IdentifierType(Uniqueness uniqueness) {
        this.uniqueness = uniqueness;
    }

    public Uniqueness uniqueness() {
        return uniqueness;
    }
}
