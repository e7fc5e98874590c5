package dev.opencif.domain.identifier;

/**
 * How unique an identifier type must be. This is domain knowledge, recorded once here:
 * <ul>
 *   <li>{@link #BANK_WIDE}: at most one customer (or banking user) holds the value in the whole bank.
 *       National ids (per kind and issuing country) and online-banking usernames.</li>
 *   <li>{@link #PER_COUNTERPARTY}: unique among the customers of one owning counterparty, and among the bank's own
 *       customers (no counterparty). The counterparty e-money platform's {@code login} (a phone, an e-mail or another
 *       user name), and mobile phone numbers: a person may hold wallets at several counterparties, and a counterparty
 *       must not learn from a refusal that a number belongs to a customer outside its scope (docs/security.md).</li>
 *   <li>{@link #NONE}: shared values are legitimate. E-mail addresses (families and companies share them);
 *       they still validate, but never block onboarding.</li>
 * </ul>
 */
public enum Uniqueness {
    BANK_WIDE,
    PER_COUNTERPARTY,
    NONE
}
