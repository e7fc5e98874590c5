package dev.opencif.application.port.in.product;

import dev.opencif.domain.transaction.Transaction;

/**
 * Books a transaction from the booking feed (idempotent on {@code externalRef}: a replay returns the first
 * booking) and applies it to the account's balance. Feeds the customer-360 revenue, profitability and
 * transaction views of callAction.
 */
public interface BookTransactionUseCase {

    Transaction book(BookTransactionCommand command);
}
