package dev.opencif.application.service;

import dev.opencif.application.port.in.account.ListAccountsQuery;
import dev.opencif.application.port.in.account.ListAccountsUseCase;
import dev.opencif.application.port.in.account.OpenAccountCommand;
import dev.opencif.application.port.in.account.OpenAccountUseCase;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.DomainEvent;
import java.util.List;
import java.util.Objects;

/**
 * Opens accounts with issued numbers (and an issued IBAN, or a caller's IBAN of another bank) and lists a customer's
 * accounts, as the viewer may see them.
 */
public final class AccountService implements OpenAccountUseCase, ListAccountsUseCase {
    private final ServiceContext ctx;
    private final OpenCifPorts ports;

    public AccountService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = ctx.ports();
    }

    @Override
    public AccountState open(OpenAccountCommand command) {
        ctx.validate(command);
        refuseOwnIban(ports, command.iban());
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().requireForUpdate(command.customer(), command.viewer());
            AccountNumber number = ports.accountNumbers().nextAccountNumber();
            Iban iban = command.iban() != null ? command.iban() : ports.ibans().ibanFor(number);
            Account account = Account.open(AccountId.random(), number, iban, customer, command.product(),
                    command.asset(), ctx.now());
            List<DomainEvent> events = account.pullEvents();
            Account saved = ports.saveAccount().save(account);
            ctx.publish(events);
            ctx.logInteraction(command.origin(), customer.id(), "open-account");
            return saved.state();
        });
    }

    /**
     * A client may bring an IBAN of another bank (a counterparty's wallet), never one of this bank's: those are
     * issued from account numbers, and taking one now would squat the IBAN of an account opened later.
     */
    static void refuseOwnIban(OpenCifPorts ports, Iban iban) {
        if (iban != null && ports.ibans().belongsToThisBank(iban)) {
            throw ValidationException.of("iban", "is an IBAN of this bank: leave it out to have one issued");
        }
    }

    @Override
    public List<AccountState> list(ListAccountsQuery query) {
        ctx.validate(query);
        Customer customer = ctx.customers().require(query.customer(), query.viewer());
        return ports.loadAccount().findByCustomer(customer.id()).stream()
                .map(Account::state)
                .filter(a -> query.iban() == null || query.iban().equals(a.iban()))
                .toList();
    }
}
