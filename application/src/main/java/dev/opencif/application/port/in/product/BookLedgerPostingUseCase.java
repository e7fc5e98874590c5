package dev.opencif.application.port.in.product;

import dev.opencif.domain.transaction.Transaction;

/** Books a ledger posting on the account it names, once per posting id (the booking feed, e.g. a broker queue). */
public interface BookLedgerPostingUseCase {
    Transaction book(BookLedgerPostingCommand command);
}
