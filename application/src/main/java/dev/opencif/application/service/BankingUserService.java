package dev.opencif.application.service;

import dev.opencif.application.port.in.banking.BankingUserAction;
import dev.opencif.application.port.in.banking.BankingUserView;
import dev.opencif.application.port.in.banking.CloseBankingUserCommand;
import dev.opencif.application.port.in.banking.CloseBankingUserUseCase;
import dev.opencif.application.port.in.banking.GetBankingUserQuery;
import dev.opencif.application.port.in.banking.GetBankingUserUseCase;
import dev.opencif.application.port.in.banking.UpdateBankingUserStatusCommand;
import dev.opencif.application.port.in.banking.UpdateBankingUserStatusUseCase;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A customer's internet/mobile banking user: read it, lock/unlock it, record logins, close it. A
 * username that does not belong to the addressed customer is NOT_FOUND, exactly like an unknown one; a
 * blacklisted customer's user can be neither unlocked nor logged in (CUSTOMER_BLACKLISTED).
 */
public final class BankingUserService implements CloseBankingUserUseCase, UpdateBankingUserStatusUseCase,
        GetBankingUserUseCase {
    private final ServiceContext ctx;
    private final OpenCifPorts ports;

    public BankingUserService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = ctx.ports();
    }

    @Override
    public BankingUserView get(GetBankingUserQuery query) {
        ctx.validate(query);
        Customer customer = ctx.customers().require(query.customer());
        return new BankingUserView(requireUser(customer, query.username()).state(), customer.state());
    }

    @Override
    public BankingUserState close(CloseBankingUserCommand command) {
        ctx.validate(command);
        return change(command.origin(), command.customer(), command.username(), "close-banking-user",
                (owner, user, now) -> user.close(now));
    }

    @Override
    public BankingUserState update(UpdateBankingUserStatusCommand command) {
        ctx.validate(command);
        if (command.action() == BankingUserAction.LOCK && (command.reason() == null || command.reason().isBlank())) {
            throw ValidationException.of("reason", "is required to lock a banking user");
        }
        return change(command.origin(), command.customer(), command.username(), "update-banking-user-status", (owner, user, now) -> {
            switch (command.action()) {
                case LOCK -> user.lock(command.reason(), now);
                case UNLOCK -> {
                    requireNotBlacklisted(owner, "unlocked");
                    user.unlock(now);
                }
                case FAILED_LOGIN -> user.recordFailedLogin(now);
                case SUCCESSFUL_LOGIN -> {
                    requireNotBlacklisted(owner, "logged in");
                    user.recordSuccessfulLogin(now);
                }
            }
        });
    }

    /** A blacklisted customer's banking users stay locked: only lifting the blacklisting restores them. */
    private static void requireNotBlacklisted(Customer owner, String what) {
        if (owner.isBlacklisted()) {
            throw new RuleViolationException("CUSTOMER_BLACKLISTED", "the banking user of blacklisted customer " + owner.number()
                    + " cannot be " + what + ": lift the blacklisting first");
        }
    }

    /** A change of one banking user, given its owner (locked for the unit of work) and the time. */
    @FunctionalInterface
    private interface Edit {
        void apply(Customer owner, OnlineBankingUser user, Instant now);
    }

    private BankingUserState change(Origin origin, CustomerRef ref, BankingUsername username, String operation, Edit edit) {
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().requireForUpdate(ref);
            OnlineBankingUser user = requireUser(customer, username);
            edit.apply(customer, user, ctx.now());
            List<DomainEvent> events = user.pullEvents();
            OnlineBankingUser saved = ports.saveBankingUser().save(user);
            ctx.publish(events);
            ctx.logInteraction(origin, customer.id(), operation);
            return saved.state();
        });
    }

    private OnlineBankingUser requireUser(Customer customer, BankingUsername username) {
        return ports.loadBankingUser().findByUsername(username)
                .filter(u -> u.state().customerId().equals(customer.id()))
                .orElseThrow(() -> new NotFoundException("BankingUser", username.value()));
    }
}
