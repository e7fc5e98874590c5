package dev.opencif.domain.kyc;

/** What a customer may do, gated by {@link KycLevel}. */
public enum KycCapability {
    HOLD_EMONEY_WALLET,
    OPEN_PAYMENT_ACCOUNT,
    ONLINE_BANKING,
    UNLIMITED_BALANCE,
    INTERNATIONAL_TRANSFERS
}
