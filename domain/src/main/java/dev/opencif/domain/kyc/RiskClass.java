package dev.opencif.domain.kyc;

/** The AML risk class assigned to a customer. */
public enum RiskClass {
    LOW,
    MEDIUM,
    HIGH
}
