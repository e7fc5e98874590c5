package dev.opencif.domain.banking;

/** Internet/mobile banking user lifecycle: ACTIVE ⇄ LOCKED, either → CLOSED (final). */
public enum BankingUserStatus {
    ACTIVE,
    LOCKED,
    CLOSED
}
