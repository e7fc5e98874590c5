package dev.opencif.application.port.in.account;

import dev.opencif.domain.account.AccountState;

/**
 * Opens an additional account with an issued number. E-money wallets: one per asset per customer.
 * <p>Seed operations: ESB {@code create-current-account}; counterparty
 * {@code POST /api/v1/counterparty/{counterparty_guid}/customers/{customer_guid}/accounts}.
 */
public interface OpenAccountUseCase {

    AccountState open(OpenAccountCommand command);
}
