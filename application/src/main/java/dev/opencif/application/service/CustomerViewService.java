package dev.opencif.application.service;

import dev.opencif.application.port.in.view.ClientLifecycle;
import dev.opencif.application.port.in.view.CustomerFlag;
import dev.opencif.application.port.in.view.CustomerHeader;
import dev.opencif.application.port.in.view.CustomerPicture;
import dev.opencif.application.port.in.view.CustomerViewQuery;
import dev.opencif.application.port.in.view.GetClientLifecycleUseCase;
import dev.opencif.application.port.in.view.GetCustomerFlagsUseCase;
import dev.opencif.application.port.in.view.GetCustomerHeaderUseCase;
import dev.opencif.application.port.in.view.GetCustomerPictureUseCase;
import dev.opencif.application.port.in.view.GetPendingActivitiesUseCase;
import dev.opencif.application.port.in.view.GetProductPortfolioUseCase;
import dev.opencif.application.port.in.view.GetProductSuggestionsUseCase;
import dev.opencif.application.port.in.view.GetProfileCompletionUseCase;
import dev.opencif.application.port.in.view.GetProfitabilityUseCase;
import dev.opencif.application.port.in.view.GetRecentInteractionsUseCase;
import dev.opencif.application.port.in.view.GetRevenuesUseCase;
import dev.opencif.application.port.in.view.GetTransactionValuesUseCase;
import dev.opencif.application.port.in.view.LifecycleEntry;
import dev.opencif.application.port.in.view.LifecycleQuery;
import dev.opencif.application.port.in.view.PendingActivity;
import dev.opencif.application.port.in.view.ProductPortfolio;
import dev.opencif.application.port.in.view.ProductSuggestion;
import dev.opencif.application.port.in.view.ProfileCompletion;
import dev.opencif.application.port.in.view.Profitability;
import dev.opencif.application.port.in.view.ProfitabilityQuery;
import dev.opencif.application.port.in.view.RecentInteractionsQuery;
import dev.opencif.application.port.in.view.Revenues;
import dev.opencif.application.port.in.view.RevenuesQuery;
import dev.opencif.application.shared.TransactionValue;
import dev.opencif.application.port.in.view.TransactionValuesQuery;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.onboarding.OnboardingProcessState;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The customer-360 widgets of the callAction dialect, each computed from stored data through the ports.
 * Seven widgets share {@link CustomerViewQuery} with different results, so every widget is also offered
 * as its own use-case object ({@link #customerFlags()}, {@link #customerHeader()}, …).
 */
public final class CustomerViewService implements GetClientLifecycleUseCase, GetProfitabilityUseCase,
        GetRecentInteractionsUseCase, GetRevenuesUseCase, GetTransactionValuesUseCase {

    /** Most interactions the Recent Interactions widget shows. */
    static final int RECENT_INTERACTIONS_LIMIT = 100;
    /** Default look-back of the Profitability widget when the query has no {@code from}. */
    static final Duration DEFAULT_PROFITABILITY_PERIOD = Duration.ofDays(365);
    /** Longest period the Revenues widget accepts. */
    static final int MAX_REVENUE_YEARS = 3;

    private final ServiceContext ctx;
    private final OpenCifPorts ports;

    public CustomerViewService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = ctx.ports();
    }

    // ---- the twelve use cases as objects ----------------------------------------------------------

    public GetClientLifecycleUseCase clientLifecycle() {
        return this;
    }

    public GetCustomerFlagsUseCase customerFlags() {
        return this::flags;
    }

    public GetCustomerHeaderUseCase customerHeader() {
        return this::header;
    }

    public GetCustomerPictureUseCase customerPicture() {
        return this::picture;
    }

    public GetPendingActivitiesUseCase pendingActivities() {
        return this::pending;
    }

    public GetProductPortfolioUseCase productPortfolio() {
        return this::portfolio;
    }

    public GetProductSuggestionsUseCase productSuggestions() {
        return this::suggestions;
    }

    public GetProfileCompletionUseCase profileCompletion() {
        return this::completion;
    }

    public GetProfitabilityUseCase profitability() {
        return this;
    }

    public GetRecentInteractionsUseCase recentInteractions() {
        return this;
    }

    public GetRevenuesUseCase revenues() {
        return this;
    }

    public GetTransactionValuesUseCase transactionValues() {
        return this;
    }

    // ---- lifecycle ---------------------------------------------------------------------------------

    @Override
    public ClientLifecycle get(LifecycleQuery query) {
        ctx.validate(query);
        if (query.customer() == null) {
            return new ClientLifecycle(List.of(), stageCounts());
        }
        Customer customer = ctx.customers().require(query.customer());
        CustomerState c = customer.state();
        List<LifecycleEntry> entries = new ArrayList<>();
        entries.add(new LifecycleEntry(c.createdAt(), "ONBOARDED", "CIF " + c.number()));
        for (OnboardingProcessState p : onboardingProcesses(customer)) {
            entries.add(new LifecycleEntry(p.startedAt(), "ONBOARDING_STARTED", "process " + p.id() + " via " + p.channel()));
            if (p.completedAt() != null) {
                entries.add(new LifecycleEntry(p.completedAt(), "ONBOARDING_COMPLETED", "process " + p.id()));
            }
        }
        for (AccountState a : accounts(customer)) {
            String detail = a.number() + " " + a.product();
            entries.add(new LifecycleEntry(a.openedAt(), "ACCOUNT_OPENED", detail));
            if (a.closedAt() != null) {
                entries.add(new LifecycleEntry(a.closedAt(), "ACCOUNT_CLOSED", detail));
            }
        }
        for (AgreementState a : agreements(customer)) {
            entries.add(new LifecycleEntry(a.grantedAt(), "AGREEMENT_GRANTED", a.type() + " via " + a.grantedChannel()));
            if (a.revokedAt() != null) {
                entries.add(new LifecycleEntry(a.revokedAt(), "AGREEMENT_REVOKED", a.type() + " via " + a.revokedChannel()));
            }
        }
        for (ProductApplication a : applications(customer)) {
            entries.add(new LifecycleEntry(a.createdAt(), "APPLICATION_CREATED",
                    a.name() + " (" + a.bankingProduct() + ", " + a.externalId() + ")"));
        }
        for (BankingUserState u : bankingUsers(customer)) {
            entries.add(new LifecycleEntry(u.createdAt(), "BANKING_USER_CREATED", u.username().value()));
        }
        if (c.blacklisting() != null) {
            entries.add(new LifecycleEntry(c.blacklisting().since(), "BLACKLISTED", c.blacklisting().reason()));
        }
        entries.sort(Comparator.comparing(LifecycleEntry::at));
        return new ClientLifecycle(List.copyOf(entries), Map.of());
    }

    private Map<CustomerStatus, Long> stageCounts() {
        Map<CustomerStatus, Long> counts = new EnumMap<>(CustomerStatus.class);
        for (CustomerStatus status : CustomerStatus.values()) {
            CustomerFilter filter = CustomerFilter.builder().statuses(Set.of(status)).build();
            counts.put(status, ports.searchCustomers().search(filter, CustomerOrdering.CIF_ASC, PageRequest.first(1)).total());
        }
        return Collections.unmodifiableMap(counts);
    }

    // ---- widgets of one customer -----------------------------------------------------------------

    private List<CustomerFlag> flags(CustomerViewQuery query) {
        ctx.validate(query);
        Customer customer = ctx.customers().require(query.customer());
        Instant now = ctx.now();
        return CustomerViewRules.flags(customer.state(), accounts(customer), agreementsRaw(customer), bankingUsers(customer), now);
    }

    private CustomerHeader header(CustomerViewQuery query) {
        ctx.validate(query);
        Customer customer = ctx.customers().require(query.customer());
        CustomerState c = customer.state();
        String fullName = c.name().fullName();
        return new CustomerHeader(c.id(), c.number(), fullName.isEmpty() ? null : fullName, c.status(),
                c.segment() == null ? null : c.segment().value(), c.kyc().level(),
                customer.phone().map(PhoneNumber::value).orElse(null),
                customer.email().map(EmailAddress::value).orElse(null),
                c.branch() == null ? null : c.branch().value(), c.createdAt());
    }

    private CustomerPicture picture(CustomerViewQuery query) {
        ctx.validate(query);
        CustomerState c = ctx.customers().require(query.customer()).state();
        return new CustomerPicture(c.id(), Optional.ofNullable(c.picture()), CustomerViewRules.initials(c.name()));
    }

    private List<PendingActivity> pending(CustomerViewQuery query) {
        ctx.validate(query);
        Customer customer = ctx.customers().require(query.customer());
        Instant now = ctx.now();
        List<NiceNumberHold> holds = ports.holds().findActiveByHolder(customer.id(), now);
        return CustomerViewRules.pendingActivities(onboardingProcesses(customer), applications(customer), holds,
                bankingUsers(customer), agreementsRaw(customer), now);
    }

    private ProductPortfolio portfolio(CustomerViewQuery query) {
        ctx.validate(query);
        Customer customer = ctx.customers().require(query.customer());
        return new ProductPortfolio(accounts(customer), applications(customer), agreements(customer));
    }

    private List<ProductSuggestion> suggestions(CustomerViewQuery query) {
        ctx.validate(query);
        Customer customer = ctx.customers().require(query.customer());
        return CustomerViewRules.suggestions(customer.state(), accounts(customer), bankingUsers(customer));
    }

    private ProfileCompletion completion(CustomerViewQuery query) {
        ctx.validate(query);
        Customer customer = ctx.customers().require(query.customer());
        return CustomerViewRules.profileCompletion(customer.state(), agreementsRaw(customer), ctx.now());
    }

    // ---- transaction-based widgets ---------------------------------------------------------------

    /** The profitability indicator that selects every indicator. */
    static final String ALL_INDICATORS = "ALL";

    /** Indicators are stored and compared in upper case. */
    static String normaliseIndicator(String indicator) {
        return indicator.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public Profitability get(ProfitabilityQuery query) {
        ctx.validate(query);
        Checks.supportedInstant(query.from(), "from");
        Checks.supportedInstant(query.to(), "to");
        Customer customer = ctx.customers().require(query.customer());
        Instant to = query.to() == null ? ctx.now() : query.to();
        Instant from = query.from() == null ? to.minus(DEFAULT_PROFITABILITY_PERIOD) : query.from();
        if (to.isBefore(from)) {
            throw ValidationException.of("to", "must not be before from");
        }
        String indicator = normaliseIndicator(query.indicator());
        return new Profitability(indicator, ports.transactionSums().totalsByCurrency(customer.id(), from, to,
                ALL_INDICATORS.equals(indicator) ? null : indicator));
    }

    @Override
    public Revenues get(RevenuesQuery query) {
        ctx.validate(query);
        // years 1 to 9999 only: the date arithmetic below (three years on, the day after) then cannot overflow
        Checks.supportedDate(query.startDate(), "startDate");
        Checks.supportedDate(query.endDate(), "endDate");
        if (query.endDate().isBefore(query.startDate())) {
            throw ValidationException.of("endDate", "must not be before startDate");
        }
        if (query.endDate().isAfter(query.startDate().plusYears(MAX_REVENUE_YEARS))) {
            throw ValidationException.of("endDate", "must be at most " + MAX_REVENUE_YEARS + " years after startDate");
        }
        Customer customer = ctx.customers().require(query.customer());
        Instant from = query.startDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = query.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Revenues(ports.transactionSums().monthlyFees(customer.id(), from, to),
                ports.transactionSums().totalsByCurrency(customer.id(), from, to, null));
    }

    @Override
    public List<TransactionValue> get(TransactionValuesQuery query) {
        ctx.validate(query);
        Checks.supportedInstant(query.from(), "from");
        Checks.supportedInstant(query.to(), "to");
        if (query.to().isBefore(query.from())) {
            throw ValidationException.of("to", "must not be before from");
        }
        Customer customer = ctx.customers().require(query.customer());
        String currency = query.currency() == null || query.currency().isBlank() ? null : query.currency().strip();
        Set<String> indicators = query.indicators().stream().map(CustomerViewService::normaliseIndicator)
                .collect(Collectors.toUnmodifiableSet());
        return ports.transactionSums().values(customer.id(), query.from(), query.to(), indicators, query.direction(),
                query.scope(), currency);
    }

    @Override
    public List<Interaction> get(RecentInteractionsQuery query) {
        ctx.validate(query);
        Checks.supportedInstant(query.from(), "from");
        Checks.supportedInstant(query.to(), "to");
        if (query.to().isBefore(query.from())) {
            throw ValidationException.of("to", "must not be before from");
        }
        Customer customer = ctx.customers().require(query.customer());
        return ports.interactions().find(customer.id(), query.from(), query.to(), query.channels(), RECENT_INTERACTIONS_LIMIT);
    }

    // ---- loading ----------------------------------------------------------------------------------

    /** The customer's onboarding processes, found through each of its national ids, once each. */
    private List<OnboardingProcessState> onboardingProcesses(Customer customer) {
        Map<Long, OnboardingProcessState> processes = new LinkedHashMap<>();
        for (NationalId citizen : customer.nationalIds()) {
            ports.onboardingProcesses().findByCitizen(citizen)
                    .map(OnboardingProcess::state)
                    .filter(p -> p.customerId().equals(customer.id()))
                    .ifPresent(p -> processes.putIfAbsent(p.id().value(), p));
        }
        return List.copyOf(processes.values());
    }

    private List<AccountState> accounts(Customer customer) {
        return ports.loadAccount().findByCustomer(customer.id()).stream().map(Account::state).toList();
    }

    private List<Agreement> agreementsRaw(Customer customer) {
        return ports.agreements().findByCustomer(customer.id());
    }

    private List<AgreementState> agreements(Customer customer) {
        return agreementsRaw(customer).stream().map(Agreement::state).toList();
    }

    private List<ProductApplication> applications(Customer customer) {
        return ports.applications().findByCustomer(customer.id());
    }

    private List<BankingUserState> bankingUsers(Customer customer) {
        return ports.loadBankingUser().findByCustomer(customer.id()).stream().map(OnlineBankingUser::state).toList();
    }
}
