package dev.opencif.adapter.rest.callaction;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyUseCase;
import dev.opencif.application.port.in.agreement.SaveAgreementUseCase;
import dev.opencif.application.port.in.customer.AddAddressUseCase;
import dev.opencif.application.port.in.customer.GetCustomerUseCase;
import dev.opencif.application.port.in.customer.OnboardCustomerUseCase;
import dev.opencif.application.port.in.customer.SaveRepresentativeUseCase;
import dev.opencif.application.port.in.customer.UpdateAddressUseCase;
import dev.opencif.application.port.in.customer.UpdateCustomerUseCase;
import dev.opencif.application.port.in.product.SaveProductApplicationUseCase;
import dev.opencif.application.port.in.system.AuthenticateClientUseCase;
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
import java.util.Objects;

/**
 * The use cases the callAction dialect calls: its five write actions, its twelve customer-360 views and client authentication. The handler depends on exactly these; {@link #from} takes them from the
 * facade for hosts that build it.
 */
public record CallActionUseCases(
        AuthenticateClientUseCase authenticateClient,
        OnboardCustomerUseCase onboardCustomer,
        GetCustomerUseCase getCustomer,
        UpdateCustomerUseCase updateCustomer,
        AddAddressUseCase addAddress,
        UpdateAddressUseCase updateAddress,
        SaveRepresentativeUseCase saveRepresentative,
        SaveProductApplicationUseCase saveProductApplication,
        SaveAgreementUseCase saveAgreement,
        GetClientLifecycleUseCase getClientLifecycle,
        GetCustomerFlagsUseCase getCustomerFlags,
        GetCustomerHeaderUseCase getCustomerHeader,
        GetCustomerPictureUseCase getCustomerPicture,
        GetPendingActivitiesUseCase getPendingActivities,
        GetProductPortfolioUseCase getProductPortfolio,
        GetProductSuggestionsUseCase getProductSuggestions,
        GetProfileCompletionUseCase getProfileCompletion,
        GetProfitabilityUseCase getProfitability,
        GetRecentInteractionsUseCase getRecentInteractions,
        GetRevenuesUseCase getRevenues,
        GetTransactionValuesUseCase getTransactionValues,
        ExecuteIdempotentlyUseCase executeIdempotently) {

    public CallActionUseCases {
        Objects.requireNonNull(authenticateClient, "authenticateClient");
        Objects.requireNonNull(onboardCustomer, "onboardCustomer");
        Objects.requireNonNull(getCustomer, "getCustomer");
        Objects.requireNonNull(updateCustomer, "updateCustomer");
        Objects.requireNonNull(addAddress, "addAddress");
        Objects.requireNonNull(updateAddress, "updateAddress");
        Objects.requireNonNull(saveRepresentative, "saveRepresentative");
        Objects.requireNonNull(saveProductApplication, "saveProductApplication");
        Objects.requireNonNull(saveAgreement, "saveAgreement");
        Objects.requireNonNull(getClientLifecycle, "getClientLifecycle");
        Objects.requireNonNull(getCustomerFlags, "getCustomerFlags");
        Objects.requireNonNull(getCustomerHeader, "getCustomerHeader");
        Objects.requireNonNull(getCustomerPicture, "getCustomerPicture");
        Objects.requireNonNull(getPendingActivities, "getPendingActivities");
        Objects.requireNonNull(getProductPortfolio, "getProductPortfolio");
        Objects.requireNonNull(getProductSuggestions, "getProductSuggestions");
        Objects.requireNonNull(getProfileCompletion, "getProfileCompletion");
        Objects.requireNonNull(getProfitability, "getProfitability");
        Objects.requireNonNull(getRecentInteractions, "getRecentInteractions");
        Objects.requireNonNull(getRevenues, "getRevenues");
        Objects.requireNonNull(getTransactionValues, "getTransactionValues");
        Objects.requireNonNull(executeIdempotently, "executeIdempotently");
    }

    /** The use cases of {@code opencif}. */
    public static CallActionUseCases from(OpenCif opencif) {
        return new CallActionUseCases(
                opencif.authenticateClient(), opencif.onboardCustomer(), opencif.getCustomer(),
                opencif.updateCustomer(), opencif.addAddress(), opencif.updateAddress(),
                opencif.saveRepresentative(), opencif.saveProductApplication(), opencif.saveAgreement(),
                opencif.getClientLifecycle(), opencif.getCustomerFlags(), opencif.getCustomerHeader(),
                opencif.getCustomerPicture(), opencif.getPendingActivities(), opencif.getProductPortfolio(),
                opencif.getProductSuggestions(), opencif.getProfileCompletion(), opencif.getProfitability(),
                opencif.getRecentInteractions(), opencif.getRevenues(), opencif.getTransactionValues(),
                opencif.executeIdempotently());
    }
}
