package dev.opencif.application.port.in.account;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.account.Iban;
import jakarta.validation.constraints.NotNull;

/** Whose accounts, for whom; optionally only the account with this IBAN. */
public record ListAccountsQuery(
        @NotNull CustomerRef customer,
        @NotNull Viewer viewer,
        Iban iban) {
}
