package dev.opencif.adapter.rest.callaction;

import dev.opencif.application.shared.Origin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The dispatch table: every callAction {@code ActionName} of the seed, whether its {@code Data} may be null,
 * how the use case's field names translate back to the action's parameter names, and what runs it.
 */
final class ActionTable {
    /** One action: {@code renames} maps a use case's validation field (e.g. {@code to}) to the parameter ({@code toDate}). */
    record Action(String name, boolean dataRequired, Map<String, String> renames, BiFunction<Params, Origin, ActionOutcome> run) {
        String rename(String field) {
            return renames.getOrDefault(field, field);
        }
    }

    private static final Map<String, String> CUSTOMER = Map.of("customer", "customerInternalId", "customerId", "customerInternalId");

    private final Map<String, Action> actions = new LinkedHashMap<>();

    ActionTable(CallActionUseCases useCases, CallActionConfig config) {
        WriteActions writes = new WriteActions(useCases, config);
        ViewActions views = new ViewActions(useCases);
        add("FTOS_ACC_CB_AddUpdateIndividualCustomer", true, Map.of(
                "customer", "CustomerInfo.customerInternalId", "customerId", "CustomerInfo.customerInternalId",
                "firstName", "CustomerInfo.firstName", "lastName", "CustomerInfo.lastName",
                "email", "CustomerInfo.email", "phone", "CustomerInfo.mobilePhone"),
                writes::individualCustomer);
        add("FTOS_ACC_CB_AddUpdateCustomerAddress", true, Map.of(
                "customer", "AddressInfo.customerInternalId", "address.id", "AddressInfo.addressIdentifier",
                "addressId", "AddressInfo.addressIdentifier"),
                writes::customerAddress);
        add("FTOS_ACC_CB_AddUpdateCustomerRepresentative", true, Map.of(
                "customer", "CustomerRepresentativeInfo.customerInternalId",
                "representative", "CustomerRepresentativeInfo.customerRepresentativeNo",
                "representative.relation", "CustomerRepresentativeInfo.accountRelationType",
                "relation", "CustomerRepresentativeInfo.accountRelationType",
                "representativeId", "CustomerRepresentativeInfo.customerRepresentativeIdentifier"),
                writes::customerRepresentative);
        add("FTOS_ACC_CreateUpdateApplication", true, Map.of("customer", "customerInternalId", "status", "businessStatus"),
                writes::application);
        add("FTOS_ACC_AddUpdateCustomerAgreement", true, Map.of("customer", "customerInternalId", "agreementId", "AgreementId",
                "type", "agreementType"),
                writes::agreement);
        add("FTOS_ACC_AccountClientLifecycle", false, CUSTOMER, (p, o) -> views.lifecycle(p));
        add("FTOS_ACC_AccountFlags", true, CUSTOMER, (p, o) -> views.flags(p));
        add("FTOS_ACC_AccountHeader", true, CUSTOMER, (p, o) -> views.header(p));
        add("FTOS_ACC_AccountPicture", true, CUSTOMER, (p, o) -> views.picture(p));
        add("FTOS_ACC_AccountPendingActivities", true, CUSTOMER, (p, o) -> views.pendingActivities(p));
        add("FTOS_ACC_ProductPortfolio", true, CUSTOMER, (p, o) -> views.productPortfolio(p));
        add("FTOS_ACC_GetProductSuggestions", true, Map.of("customer", "accountId", "customerId", "accountId"),
                (p, o) -> views.productSuggestions(p));
        add("FTOS_ACC_ProfileComplete", true, CUSTOMER, (p, o) -> views.profileCompletion(p));
        add("FTOS_ACC_AccountProfitabilityPI", true, Map.of("customer", "customerInternalId", "indicator", "indicatorName",
                "from", "startDate", "to", "endDate"), (p, o) -> views.profitability(p));
        add("FTOS_ACC_AccountRecentInteractions", true, Map.of("customer", "customerInternalId", "from", "fromDate",
                "to", "toDate", "channels", "channels"), (p, o) -> views.recentInteractions(p));
        add("FTOS_ACC_AccountRevenuesPI", true, CUSTOMER, (p, o) -> views.revenues(p));
        add("FTOS_ACC_GetCustomerTransactionValues", true, Map.of("customer", "customerInternalId", "from", "startDate",
                "to", "endDate", "indicators", "transactionIndicators", "scope", "interIntra", "currency", "currencyId"),
                (p, o) -> views.transactionValues(p));
    }

    private void add(String name, boolean dataRequired, Map<String, String> renames, BiFunction<Params, Origin, ActionOutcome> run) {
        actions.put(name, new Action(name, dataRequired, renames, run));
    }

    Optional<Action> find(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    Iterable<String> names() {
        return actions.keySet();
    }
}
