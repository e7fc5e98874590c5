package dev.opencif.application.shared;

import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.shared.Checks;

/**
 * Whose persons to list: the customers of one counterparty, or the customers in a {@link ConsentScope} — in both
 * cases together with every representative of one of those customers. Exactly one of the two is set.
 */
public record PersonScope(CounterpartyId counterparty, ConsentScope consent) {
    public PersonScope {
        Checks.that((counterparty == null) != (consent == null), "scope", "is either a counterparty or a consent");
    }

    public static PersonScope ofCounterparty(CounterpartyId counterparty) {
        return new PersonScope(Checks.required(counterparty, "counterparty"), null);
    }

    public static PersonScope consentedTo(ConsentScope consent) {
        return new PersonScope(null, Checks.required(consent, "consent"));
    }
}
