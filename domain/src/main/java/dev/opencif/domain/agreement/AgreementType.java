package dev.opencif.domain.agreement;

/** Kinds of consents and contracts a customer holds. */
public enum AgreementType {
    /** Personal data protection / sharing consent (ESB update-protect-agreement). */
    DATA_PROTECTION,
    /** Turkish KVKK personal-data approval (inter-API {@code IsKVKKApproved}). */
    KVKK,
    TERMS_AND_CONDITIONS,
    PRODUCT_CONTRACT,
    /** Consent that lets an open-finance service user (bLink) read the customer's data. */
    OPEN_FINANCE,
    MARKETING,
    OTHER;

    /** Consents can be revoked and gate data sharing; contracts are signed documents. */
    public boolean isConsent() {
        return this != PRODUCT_CONTRACT && this != TERMS_AND_CONDITIONS;
    }
}
