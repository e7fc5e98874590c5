package dev.opencif.application.service;

import dev.opencif.application.port.in.customer.BlacklistCustomerCommand;
import dev.opencif.application.port.in.customer.BlacklistCustomerUseCase;
import dev.opencif.application.port.in.customer.BlacklistResult;
import dev.opencif.application.port.in.customer.LiftBlacklistCommand;
import dev.opencif.application.port.in.customer.LiftBlacklistUseCase;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.banking.BankingUserStatus;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Blacklists a customer together with its open accounts and active banking users, and lifts it again,
 * restoring only what the blacklisting itself blocked (their reason starts with {@value #MARK}).
 */
public final class BlacklistService implements BlacklistCustomerUseCase, LiftBlacklistUseCase {
    static final String MARK = "BLACKLISTED";
    private static final int MAX_REASON = 500;

    private final ServiceContext ctx;

    public BlacklistService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public BlacklistResult blacklist(BlacklistCustomerCommand command) {
        ctx.validate(command);
        return change(command.origin(), command.customer(), "blacklist-customer",
                (customer, now) -> customer.blacklist(command.reason(), now),
                account -> account.status() == AccountStatus.ACTIVE,
                (account, now) -> account.block(blockReason(command.reason()), now),
                user -> user.status() == BankingUserStatus.ACTIVE,
                (user, now) -> user.lock(blockReason(command.reason()), now));
    }

    @Override
    public BlacklistResult lift(LiftBlacklistCommand command) {
        ctx.validate(command);
        return change(command.origin(), command.customer(), "lift-blacklist",
                (customer, now) -> customer.liftBlacklist(now),
                account -> account.status() == AccountStatus.BLOCKED && blockedByBlacklisting(account.state().blockReason()),
                (account, now) -> account.unblock(now),
                user -> user.status() == BankingUserStatus.LOCKED && blockedByBlacklisting(user.state().lockReason()),
                (user, now) -> user.unlock(now));
    }

    private BlacklistResult change(Origin origin, CustomerRef ref, String operation,
                                   BiConsumer<Customer, Instant> customerChange,
                                   Predicate<Account> accountSelected,
                                   BiConsumer<Account, Instant> accountChange,
                                   Predicate<OnlineBankingUser> userSelected,
                                   BiConsumer<OnlineBankingUser, Instant> userChange) {
        return ctx.inTransaction(() -> {
            OpenCifPorts ports = ctx.ports();
            Instant now = ctx.now();
            List<DomainEvent> events = new ArrayList<>();

            Customer customer = ctx.customers().requireForUpdate(ref);
            customerChange.accept(customer, now);
            events.addAll(customer.pullEvents());
            CustomerState savedCustomer = ports.saveCustomer().save(customer).state();

            List<AccountState> accounts = new ArrayList<>();
            for (Account account : ports.loadAccount().findByCustomer(savedCustomer.id())) {
                if (accountSelected.test(account)) {
                    accountChange.accept(account, now);
                    events.addAll(account.pullEvents());
                    account = ports.saveAccount().save(account);
                }
                accounts.add(account.state());
            }

            List<BankingUserState> users = new ArrayList<>();
            for (OnlineBankingUser user : ports.loadBankingUser().findByCustomer(savedCustomer.id())) {
                if (userSelected.test(user)) {
                    userChange.accept(user, now);
                    events.addAll(user.pullEvents());
                    user = ports.saveBankingUser().save(user);
                }
                users.add(user.state());
            }

            ctx.publish(events);
            ctx.logInteraction(origin, savedCustomer.id(), operation);
            return new BlacklistResult(savedCustomer, List.copyOf(accounts), List.copyOf(users));
        });
    }

    /** The reason written on blocked accounts and locked users; cut to the 500 characters they can hold. */
    static String blockReason(String reason) {
        String text = MARK + ": " + reason.strip();
        if (text.length() <= MAX_REASON) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_REASON - 1)) ? MAX_REASON - 1 : MAX_REASON;
        return text.substring(0, end);
    }

    private static boolean blockedByBlacklisting(String reason) {
        return reason != null && reason.startsWith(MARK);
    }
}
