package dev.opencif.application.service;

import dev.opencif.application.port.in.product.BookTransactionCommand;
import dev.opencif.application.port.in.product.BookTransactionUseCase;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.domain.transaction.TransactionId;
import java.util.Objects;
import java.util.Optional;

/**
 * Books transactions from the core ledger's feed, idempotently on the external reference, and applies
 * each to its account's balance in the same unit of work.
 */
public final class TransactionBookingService implements BookTransactionUseCase {
    private final ServiceContext ctx;
    private final OpenCifPorts ports;

    public TransactionBookingService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = ctx.ports();
    }

    @Override
    public Transaction book(BookTransactionCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().require(command.customer());
            String externalRef = command.externalRef().strip();
            Optional<Transaction> booked = ports.transactions().findByExternalRef(externalRef);
            if (booked.isPresent()) {
                if (booked.get().customerId().equals(customer.id())) {
                    return booked.get();
                }
                throw new AlreadyExistsException("Transaction", externalRef);
            }
            Transaction transaction = new Transaction(TransactionId.random(), externalRef, customer.id(), command.account(),
                    command.bookedAt(), command.direction(), command.scope(), command.amount(), command.fee(),
                    command.indicator(), command.channel());
            if (command.account() != null) {
                Account account = ports.loadAccount().findById(command.account())
                        .filter(a -> a.state().customerId().equals(customer.id()))
                        .orElseThrow(() -> new NotFoundException("Account", command.account().toString()));
                account.applyBooking(transaction.balanceEffect(), ctx.now());
                ports.saveAccount().save(account);
            }
            ports.transactions().record(transaction);
            ctx.logInteraction(command.origin(), customer.id(), "book-transaction");
            return transaction;
        });
    }
}
