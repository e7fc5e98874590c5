package dev.opencif.domain.error;

import java.util.Objects;

/**
 * A unique identifier is already held by another record. The message names the kind of identifier
 * (never the value, never whose it is) so an error response cannot leak another customer's data.
 */
public final class DuplicateIdentifierException extends OpenCifException {
    private static final long serialVersionUID = 1L;

    private final String identifierKind;

    public DuplicateIdentifierException(String identifierKind) {
        super(ErrorCode.DUPLICATE_IDENTIFIER, Objects.requireNonNull(identifierKind, "identifierKind") + " is already in use");
        this.identifierKind = identifierKind;
    }

    /** E.g. {@code NATIONAL_ID}, {@code PHONE}, {@code ACCOUNT_NUMBER}, {@code IBAN}. */
    public String identifierKind() {
        return identifierKind;
    }
}
