package dev.opencif.domain.account;

import dev.opencif.domain.kyc.KycCapability;

/** The kinds of account OpenCIF opens, with the KYC capability each requires. */
public enum ProductType {
    /** An ordinary payment/current account (ESB create-current-account). */
    CURRENT_ACCOUNT(KycCapability.OPEN_PAYMENT_ACCOUNT),
    /** The payment account opened by the eKYC combo. */
    EKYC_PAYMENT_ACCOUNT(KycCapability.OPEN_PAYMENT_ACCOUNT),
    /** An e-money wallet on the counterparty platform: one per asset per customer. */
    EMONEY_WALLET(KycCapability.HOLD_EMONEY_WALLET),
    SAVINGS_ACCOUNT(KycCapability.OPEN_PAYMENT_ACCOUNT);

    private final KycCapability requires;

    ProductType(KycCapability requires) {
        this.requires = requires;
    }

    public KycCapability requires() {
        return requires;
    }

    /** Whether the account makes and receives payments (current and eKYC payment accounts; not wallets or savings). */
    public boolean paymentAccount() {
        return this == CURRENT_ACCOUNT || this == EKYC_PAYMENT_ACCOUNT;
    }

    /** Whether a customer may hold at most one account of this product per asset. */
    public boolean onePerAsset() {
        return this == EMONEY_WALLET;
    }
}
