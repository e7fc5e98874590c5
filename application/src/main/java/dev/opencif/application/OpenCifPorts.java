package dev.opencif.application;

import dev.opencif.application.port.out.AccountNumberPort;
import dev.opencif.application.port.out.AgreementPort;
import dev.opencif.application.port.out.ClientCredentialPort;
import dev.opencif.application.port.out.CustomerNumberPort;
import dev.opencif.application.port.out.EventPublisherPort;
import dev.opencif.application.port.out.HealthPort;
import dev.opencif.application.port.out.IbanPort;
import dev.opencif.application.port.out.IdentityRegistryPort;
import dev.opencif.application.port.out.InteractionLogPort;
import dev.opencif.application.port.out.LoadAccountPort;
import dev.opencif.application.port.out.LoadBankingUserPort;
import dev.opencif.application.port.out.LoadCustomerPort;
import dev.opencif.application.port.out.NiceNumberHoldPort;
import dev.opencif.application.port.out.NumberAvailabilityPort;
import dev.opencif.application.port.out.OnboardingProcessPort;
import dev.opencif.application.port.out.ProductApplicationPort;
import dev.opencif.application.port.out.SaveAccountPort;
import dev.opencif.application.port.out.SaveBankingUserPort;
import dev.opencif.application.port.out.SaveCustomerPort;
import dev.opencif.application.port.out.SearchCustomersPort;
import dev.opencif.application.port.out.TransactionPort;
import dev.opencif.application.port.out.UnitOfWorkPort;
import java.time.Clock;
import java.util.Objects;

/**
 * Every outbound adapter OpenCIF needs, in one place. Built by {@link OpenCif.Builder}; a persistence
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
