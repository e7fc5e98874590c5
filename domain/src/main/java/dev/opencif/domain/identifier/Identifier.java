package dev.opencif.domain.identifier;

/**
 * A typed value that identifies a person or user. Each kind validates and normalises itself; its
 * {@link IdentifierType} says how unique it must be (see {@link Uniqueness}).
 */
public sealed interface Identifier permits NationalId, PhoneNumber, EmailAddress, Login, BankingUsername {

    IdentifierType type();

    /** The normalised value as shown to its owner (E.164 phone, lower-case e-mail, …). */
    String value();

    /**
     * The key that must be unique within the type's {@link Uniqueness} scope, e.g.
     * {@code TR_TCKN:TR:63021011790}. Two identifiers with the same key are the same identity.
     */
    default String uniqueKey() {
        return value();
    }
}
