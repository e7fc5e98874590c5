package dev.opencif.application.port.out;

import java.time.Clock;
import java.util.Objects;

/**
 * Every outbound adapter OpenCIF needs, in one place. A persistence adapter module usually supplies most of them from
 * one object; {@link #builder()} names each one.
 */
public record OpenCifPorts(
        LoadCustomerPort loadCustomer,
        SaveCustomerPort saveCustomer,
        SearchCustomersPort searchCustomers,
        ListPersonsPort listPersons,
        CustomerNumberPort customerNumbers,
        LoadAccountPort loadAccount,
        SaveAccountPort saveAccount,
        AccountNumberPort accountNumbers,
        IbanPort ibans,
        NumberAvailabilityPort numberAvailability,
        NiceNumberHoldPort holds,
        LoadBankingUserPort loadBankingUser,
        SaveBankingUserPort saveBankingUser,
        OnboardingProcessPort onboardingProcesses,
        AgreementPort agreements,
        ProductApplicationPort applications,
        TransactionPort transactions,
        TransactionSumsPort transactionSums,
        InteractionLogPort interactions,
        EventPublisherPort events,
        IdentityRegistryPort identityRegistry,
        ClientCredentialPort credentials,
        HealthPort health,
        IdempotencyRecordPort idempotency,
        BusinessKeyLockPort businessKeys,
        UnitOfWorkPort unitOfWork,
        Clock clock) {

    public OpenCifPorts {
        Objects.requireNonNull(loadCustomer, "loadCustomer");
        Objects.requireNonNull(saveCustomer, "saveCustomer");
        Objects.requireNonNull(searchCustomers, "searchCustomers");
        Objects.requireNonNull(listPersons, "listPersons");
        Objects.requireNonNull(customerNumbers, "customerNumbers");
        Objects.requireNonNull(loadAccount, "loadAccount");
        Objects.requireNonNull(saveAccount, "saveAccount");
        Objects.requireNonNull(accountNumbers, "accountNumbers");
        Objects.requireNonNull(ibans, "ibans");
        Objects.requireNonNull(numberAvailability, "numberAvailability");
        Objects.requireNonNull(holds, "holds");
        Objects.requireNonNull(loadBankingUser, "loadBankingUser");
        Objects.requireNonNull(saveBankingUser, "saveBankingUser");
        Objects.requireNonNull(onboardingProcesses, "onboardingProcesses");
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(transactionSums, "transactionSums");
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(identityRegistry, "identityRegistry");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(businessKeys, "businessKeys");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(clock, "clock");
    }

    /** A builder with nothing set; {@link Builder#build} names the first port still missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these ports, to replace some of them (a decorator, a test double). */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.loadCustomer = loadCustomer;
        builder.saveCustomer = saveCustomer;
        builder.searchCustomers = searchCustomers;
        builder.listPersons = listPersons;
        builder.customerNumbers = customerNumbers;
        builder.loadAccount = loadAccount;
        builder.saveAccount = saveAccount;
        builder.accountNumbers = accountNumbers;
        builder.ibans = ibans;
        builder.numberAvailability = numberAvailability;
        builder.holds = holds;
        builder.loadBankingUser = loadBankingUser;
        builder.saveBankingUser = saveBankingUser;
        builder.onboardingProcesses = onboardingProcesses;
        builder.agreements = agreements;
        builder.applications = applications;
        builder.transactions = transactions;
        builder.transactionSums = transactionSums;
        builder.interactions = interactions;
        builder.events = events;
        builder.identityRegistry = identityRegistry;
        builder.credentials = credentials;
        builder.health = health;
        builder.idempotency = idempotency;
        builder.businessKeys = businessKeys;
        builder.unitOfWork = unitOfWork;
        builder.clock = clock;
        return builder;
    }

    /** Names each outbound adapter; every one is required. */
    public static final class Builder {
        private LoadCustomerPort loadCustomer;
        private SaveCustomerPort saveCustomer;
        private SearchCustomersPort searchCustomers;
        private ListPersonsPort listPersons;
        private CustomerNumberPort customerNumbers;
        private LoadAccountPort loadAccount;
        private SaveAccountPort saveAccount;
        private AccountNumberPort accountNumbers;
        private IbanPort ibans;
        private NumberAvailabilityPort numberAvailability;
        private NiceNumberHoldPort holds;
        private LoadBankingUserPort loadBankingUser;
        private SaveBankingUserPort saveBankingUser;
        private OnboardingProcessPort onboardingProcesses;
        private AgreementPort agreements;
        private ProductApplicationPort applications;
        private TransactionPort transactions;
        private TransactionSumsPort transactionSums;
        private InteractionLogPort interactions;
        private EventPublisherPort events;
        private IdentityRegistryPort identityRegistry;
        private ClientCredentialPort credentials;
        private HealthPort health;
        private IdempotencyRecordPort idempotency;
        private BusinessKeyLockPort businessKeys;
        private UnitOfWorkPort unitOfWork;
        private Clock clock;

        private Builder() {
        }

        public Builder loadCustomer(LoadCustomerPort value) {
            loadCustomer = value;
            return this;
        }

        public Builder saveCustomer(SaveCustomerPort value) {
            saveCustomer = value;
            return this;
        }

        public Builder searchCustomers(SearchCustomersPort value) {
            searchCustomers = value;
            return this;
        }

        public Builder listPersons(ListPersonsPort value) {
            listPersons = value;
            return this;
        }

        public Builder customerNumbers(CustomerNumberPort value) {
            customerNumbers = value;
            return this;
        }

        public Builder loadAccount(LoadAccountPort value) {
            loadAccount = value;
            return this;
        }

        public Builder saveAccount(SaveAccountPort value) {
            saveAccount = value;
            return this;
        }

        public Builder accountNumbers(AccountNumberPort value) {
            accountNumbers = value;
            return this;
        }

        public Builder ibans(IbanPort value) {
            ibans = value;
            return this;
        }

        public Builder numberAvailability(NumberAvailabilityPort value) {
            numberAvailability = value;
            return this;
        }

        public Builder holds(NiceNumberHoldPort value) {
            holds = value;
            return this;
        }

        public Builder loadBankingUser(LoadBankingUserPort value) {
            loadBankingUser = value;
            return this;
        }

        public Builder saveBankingUser(SaveBankingUserPort value) {
            saveBankingUser = value;
            return this;
        }

        public Builder onboardingProcesses(OnboardingProcessPort value) {
            onboardingProcesses = value;
            return this;
        }

        public Builder agreements(AgreementPort value) {
            agreements = value;
            return this;
        }

        public Builder applications(ProductApplicationPort value) {
            applications = value;
            return this;
        }

        public Builder transactions(TransactionPort value) {
            transactions = value;
            return this;
        }

        public Builder transactionSums(TransactionSumsPort value) {
            transactionSums = value;
            return this;
        }

        public Builder interactions(InteractionLogPort value) {
            interactions = value;
            return this;
        }

        public Builder events(EventPublisherPort value) {
            events = value;
            return this;
        }

        public Builder identityRegistry(IdentityRegistryPort value) {
            identityRegistry = value;
            return this;
        }

        public Builder credentials(ClientCredentialPort value) {
            credentials = value;
            return this;
        }

        public Builder health(HealthPort value) {
            health = value;
            return this;
        }

        public Builder idempotency(IdempotencyRecordPort value) {
            idempotency = value;
            return this;
        }

        public Builder businessKeys(BusinessKeyLockPort value) {
            businessKeys = value;
            return this;
        }

        public Builder unitOfWork(UnitOfWorkPort value) {
            unitOfWork = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** The ports; a missing one fails with a {@link NullPointerException} naming it. */
        public OpenCifPorts build() {
            return new OpenCifPorts(loadCustomer, saveCustomer, searchCustomers, listPersons, customerNumbers, loadAccount,
                    saveAccount, accountNumbers, ibans, numberAvailability, holds, loadBankingUser, saveBankingUser,
                    onboardingProcesses, agreements, applications, transactions, transactionSums, interactions, events,
                    identityRegistry, credentials, health, idempotency, businessKeys, unitOfWork, clock);
        }
    }
}
