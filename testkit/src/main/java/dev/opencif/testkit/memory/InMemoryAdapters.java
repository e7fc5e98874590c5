package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Every outbound port of OpenCIF in memory, sharing one transactional, thread-safe store that keeps the
 * same uniqueness and version rules as a database. Entry point for tests and for embedding demos.
 */
public final class InMemoryAdapters {
    public static final String DEFAULT_IBAN_COUNTRY = "LT";
    public static final String DEFAULT_BANK_CODE = "60080";

    private final InMemoryDatabase database;
    private final InMemoryCustomerStore customers;
    private final InMemoryAccountStore accounts;
    private final InMemoryIbanIssuer ibans;
    private final InMemoryNiceNumberHolds holds;
    private final InMemoryBankingUserStore bankingUsers;
    private final InMemoryOnboardingProcessStore onboardingProcesses;
    private final InMemoryAgreementStore agreements;
    private final InMemoryProductApplicationStore applications;
    private final InMemoryTransactionStore transactions;
    private final InMemoryInteractionLog interactions;
    private final InMemoryEventOutbox events;
    private final InMemoryIdentityRegistry identityRegistry = new InMemoryIdentityRegistry();
    private final InMemoryClientCredentials credentials = new InMemoryClientCredentials();
    private final InMemoryHealth health = new InMemoryHealth();
    private final OpenCifPorts ports;

    private InMemoryAdapters(Clock clock, CountryCode ibanCountry, String bankCode) {
        Objects.requireNonNull(clock, "clock");
        database = new InMemoryDatabase(clock);
        customers = new InMemoryCustomerStore(database);
        accounts = new InMemoryAccountStore(database);
        ibans = new InMemoryIbanIssuer(ibanCountry, bankCode);
        holds = new InMemoryNiceNumberHolds(database, accounts);
        bankingUsers = new InMemoryBankingUserStore(database);
        onboardingProcesses = new InMemoryOnboardingProcessStore(database);
        agreements = new InMemoryAgreementStore(database);
        applications = new InMemoryProductApplicationStore(database);
        transactions = new InMemoryTransactionStore(database);
        interactions = new InMemoryInteractionLog(database);
        events = new InMemoryEventOutbox(database);
        ports = OpenCifPorts.builder()
                .loadCustomer(customers).saveCustomer(customers).searchCustomers(customers).listPersons(customers)
                .customerNumbers(customers)
                .loadAccount(accounts).saveAccount(accounts).accountNumbers(accounts).numberAvailability(accounts)
                .ibans(ibans).holds(holds)
                .loadBankingUser(bankingUsers).saveBankingUser(bankingUsers)
                .onboardingProcesses(onboardingProcesses).agreements(agreements).applications(applications)
                .transactions(transactions).transactionSums(transactions).interactions(interactions).events(events)
                .identityRegistry(identityRegistry).credentials(credentials).health(health)
                .idempotency(new InMemoryIdempotencyRecords(database)).businessKeys(new InMemoryBusinessKeyLocks(database))
                .unitOfWork(database).clock(clock)
                .build();
    }

    /** In-memory adapters of a Lithuanian bank (IBANs {@code LTkk 60080 …}) on {@code clock}. */
    public static InMemoryAdapters create(Clock clock) {
        return create(clock, DEFAULT_IBAN_COUNTRY, DEFAULT_BANK_CODE);
    }

    /** In-memory adapters issuing IBANs of {@code ibanCountry} with BBAN = {@code bankCode} + 11-digit account number. */
    public static InMemoryAdapters create(Clock clock, String ibanCountry, String bankCode) {
        return new InMemoryAdapters(clock, CountryCode.of(ibanCountry), bankCode);
    }

    public OpenCifPorts ports() {
        return ports;
    }

    public InMemoryDatabase unitOfWork() {
        return database;
    }

    public InMemoryCustomerStore customers() {
        return customers;
    }

    public InMemoryAccountStore accounts() {
        return accounts;
    }

    public InMemoryIbanIssuer ibans() {
        return ibans;
    }

    public InMemoryNiceNumberHolds holds() {
        return holds;
    }

    public InMemoryBankingUserStore bankingUsers() {
        return bankingUsers;
    }

    public InMemoryOnboardingProcessStore onboardingProcesses() {
        return onboardingProcesses;
    }

    public InMemoryAgreementStore agreements() {
        return agreements;
    }

    public InMemoryProductApplicationStore applications() {
        return applications;
    }

    public InMemoryTransactionStore transactions() {
        return transactions;
    }

    public InMemoryInteractionLog interactions() {
        return interactions;
    }

    public InMemoryEventOutbox events() {
        return events;
    }

    /** Every event published so far, in order. */
    public List<DomainEvent> publishedEvents() {
        return events.published();
    }

    public InMemoryIdentityRegistry identityRegistry() {
        return identityRegistry;
    }

    public InMemoryClientCredentials credentials() {
        return credentials;
    }

    public InMemoryHealth health() {
        return health;
    }

    /** Makes {@link dev.opencif.application.port.out.HealthPort#storageReachable()} answer {@code false} (or true again). */
    public void setStorageReachable(boolean reachable) {
        health.setReachable(reachable);
    }
}
