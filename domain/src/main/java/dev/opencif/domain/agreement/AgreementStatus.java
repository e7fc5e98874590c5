package dev.opencif.domain.agreement;

/** An agreement is ACTIVE until REVOKED by the customer or EXPIRED by its end date. */
public enum AgreementStatus {
    ACTIVE,
    REVOKED,
    EXPIRED
}
