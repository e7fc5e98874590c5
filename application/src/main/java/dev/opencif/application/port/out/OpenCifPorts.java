package dev.opencif.application.port.out;

import java.time.Clock;
import java.util.Objects;

/**
 * Every outbound adapter OpenCIF needs, in one place. Built by {@code OpenCif.Builder}; a persistence
 * adapter module usually supplies most of them from one object.
 */
public record OpenCifPorts(
        LoadCustomerPort loadCustomer,
        SaveCustomerPort saveCustomer,
        SearchCustomersPort searchCustomers,
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
        InteractionLogPort interactions,
        EventPublisherPort events,
        IdentityRegistryPort identityRegistry,
        ClientCredentialPort credentials,
        HealthPort health,
        UnitOfWorkPort unitOfWork,
        Clock clock) {

    public OpenCifPorts {
        Objects.requireNonNull(loadCustomer, "loadCustomer");
        Objects.requireNonNull(saveCustomer, "saveCustomer");
        Objects.requireNonNull(searchCustomers, "searchCustomers");
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
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(identityRegistry, "identityRegistry");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(clock, "clock");
    }
}
