package dev.opencif.adapter.rest.blink;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyUseCase;
import dev.opencif.application.port.in.customer.AddAddressUseCase;
import dev.opencif.application.port.in.customer.AddContactDetailUseCase;
import dev.opencif.application.port.in.customer.GetCustomerUseCase;
import dev.opencif.application.port.in.customer.GetKycRecordUseCase;
import dev.opencif.application.port.in.customer.GetPersonUseCase;
import dev.opencif.application.port.in.customer.ListAddressesUseCase;
import dev.opencif.application.port.in.customer.ListContactDetailsUseCase;
import dev.opencif.application.port.in.customer.ListPersonsUseCase;
import dev.opencif.application.port.in.customer.SearchCustomersUseCase;
import dev.opencif.application.port.in.customer.UpdateAddressUseCase;
import dev.opencif.application.port.in.system.AuthenticateClientUseCase;
import dev.opencif.application.port.in.system.CheckHealthUseCase;
import java.util.Objects;

/**
 * The use cases the bLink Customer Management dialect calls: its eleven routes and service-user authentication. The handler depends on exactly these; {@link #from} takes them from the
 * facade for hosts that build it.
 */
public record BlinkUseCases(
        AuthenticateClientUseCase authenticateClient,
        CheckHealthUseCase checkHealth,
        SearchCustomersUseCase searchCustomers,
        GetCustomerUseCase getCustomer,
        GetKycRecordUseCase getKycRecord,
        ListPersonsUseCase listPersons,
        GetPersonUseCase getPerson,
        ListContactDetailsUseCase listContactDetails,
        AddContactDetailUseCase addContactDetail,
        ListAddressesUseCase listAddresses,
        AddAddressUseCase addAddress,
        UpdateAddressUseCase updateAddress,
        ExecuteIdempotentlyUseCase executeIdempotently) {

    public BlinkUseCases {
        Objects.requireNonNull(authenticateClient, "authenticateClient");
        Objects.requireNonNull(checkHealth, "checkHealth");
        Objects.requireNonNull(searchCustomers, "searchCustomers");
        Objects.requireNonNull(getCustomer, "getCustomer");
        Objects.requireNonNull(getKycRecord, "getKycRecord");
        Objects.requireNonNull(listPersons, "listPersons");
        Objects.requireNonNull(getPerson, "getPerson");
        Objects.requireNonNull(listContactDetails, "listContactDetails");
        Objects.requireNonNull(addContactDetail, "addContactDetail");
        Objects.requireNonNull(listAddresses, "listAddresses");
        Objects.requireNonNull(addAddress, "addAddress");
        Objects.requireNonNull(updateAddress, "updateAddress");
        Objects.requireNonNull(executeIdempotently, "executeIdempotently");
    }

    /** The use cases of {@code opencif}. */
    public static BlinkUseCases from(OpenCif opencif) {
        return new BlinkUseCases(
                opencif.authenticateClient(), opencif.checkHealth(), opencif.searchCustomers(),
                opencif.getCustomer(), opencif.getKycRecord(), opencif.listPersons(), opencif.getPerson(),
                opencif.listContactDetails(), opencif.addContactDetail(), opencif.listAddresses(),
                opencif.addAddress(), opencif.updateAddress(), opencif.executeIdempotently());
    }
}
