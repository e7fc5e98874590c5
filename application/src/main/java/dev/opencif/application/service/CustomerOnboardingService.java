package dev.opencif.application.service;

import dev.opencif.application.port.in.customer.ConsentGrant;
import dev.opencif.application.port.in.customer.FirstAccount;
import dev.opencif.application.port.in.customer.OnboardCustomerCommand;
import dev.opencif.application.port.in.customer.OnboardCustomerUseCase;
import dev.opencif.application.port.in.customer.OnboardingResult;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a customer with its optional first account and initial consents in one unit of work, so a
 * duplicate identifier reported by the store leaves nothing behind.
 */
public final class CustomerOnboardingService implements OnboardCustomerUseCase {
    private final ServiceContext ctx;

    public CustomerOnboardingService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public OnboardingResult onboard(OnboardCustomerCommand command) {
        ctx.validate(command);
        if (command.firstAccount() != null) {
            AccountService.refuseOwnIban(ctx.ports(), command.firstAccount().iban());
        }
        return ctx.inTransaction(() -> {
            OpenCifPorts ports = ctx.ports();
            Instant now = ctx.now();
            List<DomainEvent> events = new ArrayList<>();

            Customer registered = Customer.register(CustomerId.random(), ports.customerNumbers().nextCustomerNumber(),
                    command.registration(), now);
            events.addAll(registered.pullEvents());
            Customer customer = ports.saveCustomer().save(registered);

            Optional<AccountState> firstAccount = Optional.empty();
            FirstAccount first = command.firstAccount();
            if (first != null) {
                AccountNumber number = ports.accountNumbers().nextAccountNumber();
                Account opened = Account.open(AccountId.random(), number,
                        first.iban() != null ? first.iban() : ports.ibans().ibanFor(number),
                        customer, first.product(), first.asset(), now);
                events.addAll(opened.pullEvents());
                firstAccount = Optional.of(ports.saveAccount().save(opened).state());
            }

            for (ConsentGrant consent : command.consents()) {
                Agreement agreement = Agreement.grant(AgreementId.random(), customer.id(), consent.type(), consent.terms(),
                        command.origin().channel(), now);
                events.addAll(agreement.pullEvents());
                ports.agreements().save(agreement);
            }

            ctx.publish(events);
            ctx.logInteraction(command.origin(), customer.id(), "onboard-customer");
            return new OnboardingResult(customer.state(), firstAccount);
        });
    }
}
