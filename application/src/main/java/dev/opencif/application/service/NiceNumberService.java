package dev.opencif.application.service;

import dev.opencif.application.port.in.account.HoldNiceNumberCommand;
import dev.opencif.application.port.in.account.HoldNiceNumberUseCase;
import dev.opencif.application.port.in.account.NiceNumberOffer;
import dev.opencif.application.port.in.account.OpenNiceAccountCommand;
import dev.opencif.application.port.in.account.OpenNiceAccountUseCase;
import dev.opencif.application.port.in.account.ReleaseHoldCommand;
import dev.opencif.application.port.in.account.ReleaseNiceNumberHoldUseCase;
import dev.opencif.application.port.in.account.SearchNiceNumbersQuery;
import dev.opencif.application.port.in.account.SearchNiceNumbersUseCase;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.nicenumber.NiceTier;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Nice (vanity) account numbers: search free ones, hold one for a while, give it back, and open an
 * account with it. The hold port decides atomically who wins a contested number.
 */
public final class NiceNumberService implements SearchNiceNumbersUseCase, HoldNiceNumberUseCase,
        ReleaseNiceNumberHoldUseCase, OpenNiceAccountUseCase {

    /** Active holds one customer may have at once. */
    public static final int MAX_ACTIVE_HOLDS = 3;

    /** The most candidates one search generates before giving up on finding {@code limit} free numbers. */
    static final int MAX_CANDIDATES = 10_000;

    /** Generated and classified candidates, shared by every instance: both steps are pure functions of their inputs. */
    private static final NiceNumberCandidateCache CANDIDATES = new NiceNumberCandidateCache(
            NiceNumberCandidateCache.DEFAULT_MAX_ENTRIES, NiceNumberCandidateCache.DEFAULT_MAX_CANDIDATES);

    private static final Comparator<NiceNumberOffer> NICEST_FIRST = Comparator
            .comparing(NiceNumberOffer::tier, Comparator.reverseOrder())
            .thenComparing(NiceNumberOffer::number);

    private final ServiceContext ctx;
    private final OpenCifPorts ports;

    public NiceNumberService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = ctx.ports();
    }

    @Override
    public List<NiceNumberOffer> search(SearchNiceNumbersQuery query) {
        ctx.validate(query);
        NiceTier minimum = query.minimumTier() == null ? NiceTier.STANDARD : query.minimumTier();
        int length = ports.accountNumbers().accountNumberLength();
        Instant now = ctx.now();
        int wanted = Math.min(query.limit() * 4, MAX_CANDIDATES);
        int previousCount = -1;
        while (true) {
            List<NiceNumberOffer> candidates = CANDIDATES.classified(query.pattern(), length, wanted);
            List<NiceNumberOffer> eligible = new ArrayList<>();
            for (NiceNumberOffer candidate : candidates) {
                if (candidate.tier().compareTo(minimum) >= 0) {
                    eligible.add(candidate);
                }
            }
            Set<AccountNumber> unavailable = eligible.isEmpty() ? Set.of()
                    : ports.numberAvailability().unavailableAmong(eligible.stream().map(NiceNumberOffer::number).toList(), now);
            List<NiceNumberOffer> free = eligible.stream()
                    .filter(o -> !unavailable.contains(o.number()))
                    .sorted(NICEST_FIRST)
                    .toList();
            // The generator may return fewer than asked even when more matches exist (it skips leading zeros and
            // repeats): only a round that brings no new candidate, or the cap, means the supply is used up.
            boolean exhausted = candidates.size() <= previousCount || wanted >= MAX_CANDIDATES;
            previousCount = candidates.size();
            if (free.size() >= query.limit() || exhausted) {
                return free.size() > query.limit() ? List.copyOf(free.subList(0, query.limit())) : free;
            }
            wanted = (int) Math.min((long) wanted * 4, MAX_CANDIDATES);
        }
    }

    @Override
    public NiceNumberHold hold(HoldNiceNumberCommand command) {
        ctx.validate(command);
        int length = ports.accountNumbers().accountNumberLength();
        if (command.number().value().length() != length) {
            throw ValidationException.of("number", "must have " + length + " digits, like every account number of the bank");
        }
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().requireForUpdate(command.customer());
            if (customer.status() == CustomerStatus.CLOSED || customer.status() == CustomerStatus.BLOCKED
                    || customer.isBlacklisted()) {
                throw new RuleViolationException("CUSTOMER_NOT_ELIGIBLE", "customer " + customer.number()
                        + " is " + (customer.isBlacklisted() ? "blacklisted" : customer.status()) + " and cannot hold numbers");
            }
            Instant now = ctx.now();
            if (ports.holds().findActiveByHolder(customer.id(), now).size() >= MAX_ACTIVE_HOLDS) {
                throw new RuleViolationException("TOO_MANY_HOLDS",
                        "customer " + customer.number() + " already holds " + MAX_ACTIVE_HOLDS + " numbers");
            }
            NiceNumberHold hold = NiceNumberHold.place(command.number(), customer.id(), now, command.duration());
            ports.holds().place(hold, now);
            ctx.logInteraction(command.origin(), customer.id(), "hold-nice-number");
            return hold;
        });
    }

    @Override
    public NiceNumberHold release(ReleaseHoldCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().requireForUpdate(command.customer());
            NiceNumberHold released = requireHold(command.number()).release(customer.id(), ctx.now());
            ports.holds().update(released);
            ctx.logInteraction(command.origin(), customer.id(), "release-nice-number-hold");
            return released;
        });
    }

    @Override
    public AccountState open(OpenNiceAccountCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().requireForUpdate(command.customer());
            Instant now = ctx.now();
            NiceNumberHold consumed = requireHold(command.number()).consume(customer.id(), now);
            Account account = Account.open(AccountId.random(), command.number(), ports.ibans().ibanFor(command.number()),
                    customer, command.product(), command.asset(), now);
            List<DomainEvent> events = account.pullEvents();
            Account saved = ports.saveAccount().save(account);
            ports.holds().update(consumed);
            ctx.publish(events);
            ctx.logInteraction(command.origin(), customer.id(), "open-nice-account");
            return saved.state();
        });
    }

    private NiceNumberHold requireHold(AccountNumber number) {
        return ports.holds().findByNumber(number)
                .orElseThrow(() -> new NotFoundException("NiceNumberHold", number.value()));
    }
}
