package dev.opencif.application.service;

import dev.opencif.application.port.in.product.BookLedgerPostingCommand;
import dev.opencif.application.port.in.product.BookLedgerPostingUseCase;
import dev.opencif.application.port.in.product.BookTransactionCommand;
import dev.opencif.application.port.in.product.BookTransactionUseCase;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.transaction.Scope;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.domain.transaction.TransactionId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Books transactions from the core ledger's feed, idempotently on the external reference, and applies
 * each to its account's balance in the same unit of work.
 */
public final class TransactionBookingService implements BookTransactionUseCase, BookLedgerPostingUseCase {
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

    /** Resolves the account the posting names and books it as {@link #book(BookTransactionCommand)} does. */
    @Override
    public Transaction book(BookLedgerPostingCommand command) {
        ctx.validate(command);
        String reference = command.account().strip();
        Optional<Account> found = reference.matches("[A-Za-z]{2}\\d{2}[A-Za-z0-9 ]+")
                ? ports.loadAccount().findByIban(new Iban(reference.replace(" ", "").toUpperCase(Locale.ROOT)))
                : ports.loadAccount().findByNumber(new AccountNumber(reference));
        Account account = found.orElseThrow(() -> new NotFoundException("Account", "of the posting"));
        Asset asset = account.state().asset();
        if (!asset.code().value().equalsIgnoreCase(command.currency().strip())) {
            throw ValidationException.of("currency", "must be the account's currency, " + asset.code().value());
        }
        Money amount = asset.amount(command.amount());
        Money fee = command.fee() == null ? null : asset.amount(command.fee());
        String indicator = command.indicator() == null ? "TRANSFER" : command.indicator().strip().toUpperCase(Locale.ROOT);
        return book(new BookTransactionCommand(command.origin(), CustomerRef.id(account.state().customerId()), account.id(),
                command.postingId(), command.bookedAt(), command.direction(), command.scope() == null ? Scope.INTER : command.scope(),
                amount, fee, indicator, command.origin().channel()));
    }
}
