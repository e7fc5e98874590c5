package dev.opencif.application.port.in.account;

import dev.opencif.domain.account.AccountState;
import java.util.List;

/**
 * Lists a customer's accounts, oldest first.
 * <p>Seed operations: ESB {@code get-account-list}; counterparty
 * {@code GET /api/v1/counterparty/{counterparty_guid}/customers/{customer_guid}/accounts}.
 */
public interface ListAccountsUseCase {

    List<AccountState> list(ListAccountsQuery query);
}
