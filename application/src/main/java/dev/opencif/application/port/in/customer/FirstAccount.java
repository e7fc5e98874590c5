package dev.opencif.application.port.in.customer;

import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.account.ProductType;
import jakarta.validation.constraints.NotNull;

/** The account opened together with a new customer (counterparty: the first e-money wallet); {@code iban} may be absent, then one is issued. */
public record FirstAccount(
        @NotNull ProductType product,
        @NotNull Asset asset,
        Iban iban) {
}
