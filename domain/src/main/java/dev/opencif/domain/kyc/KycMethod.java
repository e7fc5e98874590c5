package dev.opencif.domain.kyc;

/** How the customer's identity was verified. */
public enum KycMethod {
    NONE,
    EKYC,
    IN_BRANCH,
    VIDEO_CALL
}
