package dev.opencif.domain.error;

/**
 * Stable codes of every business failure. Adapters map these to their dialect's error format;
 * the names never change once released, so integrators may switch on them.
 */
public enum ErrorCode {
    /** Input broke a rule; the failure names the offending field paths. */
    VALIDATION_FAILED,
    /** The addressed customer, account, process, … does not exist (or is not visible to the caller). */
    NOT_FOUND,
    /** The entity itself already exists (same id, same external key). */
    ALREADY_EXISTS,
    /** A unique identifier (national id, phone, username, account number, IBAN, …) is held by another record. */
    DUPLICATE_IDENTIFIER,
    /** A lifecycle transition that the state machine does not allow. */
    INVALID_STATE_TRANSITION,
    /** A stale version: somebody else changed the record first. */
    CONFLICT,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** The caller could not be authenticated. */
    UNAUTHENTICATED,
    /** A business rule other than the above refused the operation (limits, expired holds, …). */
    RULE_VIOLATION
}
