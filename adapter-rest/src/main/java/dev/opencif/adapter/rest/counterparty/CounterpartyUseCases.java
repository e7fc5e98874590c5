package dev.opencif.adapter.rest.counterparty;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyUseCase;
import dev.opencif.application.port.in.account.ListAccountsUseCase;
import dev.opencif.application.port.in.account.OpenAccountUseCase;
import dev.opencif.application.port.in.customer.GetCustomerUseCase;
import dev.opencif.application.port.in.customer.OnboardCustomerUseCase;
import dev.opencif.application.port.in.customer.SearchCustomersUseCase;
import dev.opencif.application.port.in.customer.UpdateCustomerUseCase;
import java.util.Objects;

/**
 * The use cases the counterparty REST dialect calls: its five routes (the counterparty is authenticated by its JWT). The handler depends on exactly these; {@link #from} takes them from the
 * facade for hosts that build it.
 */
public record CounterpartyUseCases(
        OnboardCustomerUseCase onboardCustomer,
        SearchCustomersUseCase searchCustomers,
        GetCustomerUseCase getCustomer,
        UpdateCustomerUseCase updateCustomer,
        OpenAccountUseCase openAccount,
        ListAccountsUseCase listAccounts,
        ExecuteIdempotentlyUseCase executeIdempotently) {

    public CounterpartyUseCases {
        Objects.requireNonNull(onboardCustomer, "onboardCustomer");
        Objects.requireNonNull(searchCustomers, "searchCustomers");
        Objects.requireNonNull(getCustomer, "getCustomer");
        Objects.requireNonNull(updateCustomer, "updateCustomer");
        Objects.requireNonNull(openAccount, "openAccount");
        Objects.requireNonNull(listAccounts, "listAccounts");
        Objects.requireNonNull(executeIdempotently, "executeIdempotently");
    }

    /** The use cases of {@code opencif}. */
    public static CounterpartyUseCases from(OpenCif opencif) {
        return new CounterpartyUseCases(
                opencif.onboardCustomer(), opencif.searchCustomers(), opencif.getCustomer(),
                opencif.updateCustomer(), opencif.openAccount(), opencif.listAccounts(), opencif.executeIdempotently());
    }
}
