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
    /**
     * One action: {@code renames} maps a use case's validation field (e.g. {@code to}) to the parameter
     * ({@code toDate}); {@code write} says whether it changes data (and so takes an idempotency key).
     */
    record Action(String name, boolean write, boolean dataRequired, Map<String, String> renames,
                  BiFunction<Params, Origin, ActionOutcome> run) {
        String rename(String field) {
            return renames.getOrDefault(field, field);
        }
    }

    private static final Map<String, String> CUSTOMER = Map.of("customer", "customerInternalId", "customerId", "customerInternalId");

    private final Map<String, Action> actions = new LinkedHashMap<>();

    ActionTable(CallActionUseCases useCases, CallActionConfig config) {
        WriteActions writes = new WriteActions(useCases, config);
        ViewActions views = new ViewActions(useCases);
        write("FTOS_ACC_CB_AddUpdateIndividualCustomer", true, Map.of(
                "customer", "CustomerInfo.customerInternalId", "customerId", "CustomerInfo.customerInternalId",
                "firstName", "CustomerInfo.firstName", "lastName", "CustomerInfo.lastName",
                "email", "CustomerInfo.email", "phone", "CustomerInfo.mobilePhone"),
                writes::individualCustomer);
        write("FTOS_ACC_CB_AddUpdateCustomerAddress", true, Map.of(
                "customer", "AddressInfo.customerInternalId", "address.id", "AddressInfo.addressIdentifier",
                "addressId", "AddressInfo.addressIdentifier"),
                writes::customerAddress);
        write("FTOS_ACC_CB_AddUpdateCustomerRepresentative", true, Map.of(
                "customer", "CustomerRepresentativeInfo.customerInternalId",
                "representative", "CustomerRepresentativeInfo.customerRepresentativeNo",
                "representative.relation", "CustomerRepresentativeInfo.accountRelationType",
                "relation", "CustomerRepresentativeInfo.accountRelationType",
                "representativeId", "CustomerRepresentativeInfo.customerRepresentativeIdentifier"),
                writes::customerRepresentative);
        write("FTOS_ACC_CreateUpdateApplication", true, Map.of("customer", "customerInternalId", "status", "businessStatus"),
                writes::application);
        write("FTOS_ACC_AddUpdateCustomerAgreement", true, Map.of("customer", "customerInternalId", "agreementId", "AgreementId",
                "type", "agreementType"),
                writes::agreement);
        view("FTOS_ACC_AccountClientLifecycle", false, CUSTOMER, (p, o) -> views.lifecycle(p));
        view("FTOS_ACC_AccountFlags", true, CUSTOMER, (p, o) -> views.flags(p));
        view("FTOS_ACC_AccountHeader", true, CUSTOMER, (p, o) -> views.header(p));
        view("FTOS_ACC_AccountPicture", true, CUSTOMER, (p, o) -> views.picture(p));
        view("FTOS_ACC_AccountPendingActivities", true, CUSTOMER, (p, o) -> views.pendingActivities(p));
        view("FTOS_ACC_ProductPortfolio", true, CUSTOMER, (p, o) -> views.productPortfolio(p));
        view("FTOS_ACC_GetProductSuggestions", true, Map.of("customer", "accountId", "customerId", "accountId"),
                (p, o) -> views.productSuggestions(p));
        view("FTOS_ACC_ProfileComplete", true, CUSTOMER, (p, o) -> views.profileCompletion(p));
        view("FTOS_ACC_AccountProfitabilityPI", true, Map.of("customer", "customerInternalId", "indicator", "indicatorName",
                "from", "startDate", "to", "endDate"), (p, o) -> views.profitability(p));
        view("FTOS_ACC_AccountRecentInteractions", true, Map.of("customer", "customerInternalId", "from", "fromDate",
                "to", "toDate", "channels", "channels"), (p, o) -> views.recentInteractions(p));
        view("FTOS_ACC_AccountRevenuesPI", true, CUSTOMER, (p, o) -> views.revenues(p));
        view("FTOS_ACC_GetCustomerTransactionValues", true, Map.of("customer", "customerInternalId", "from", "startDate",
                "to", "endDate", "indicators", "transactionIndicators", "scope", "interIntra", "currency", "currencyId"),
                (p, o) -> views.transactionValues(p));
    }

    private void write(String name, boolean dataRequired, Map<String, String> renames, BiFunction<Params, Origin, ActionOutcome> run) {
        actions.put(name, new Action(name, true, dataRequired, renames, run));
    }

    private void view(String name, boolean dataRequired, Map<String, String> renames, BiFunction<Params, Origin, ActionOutcome> run) {
        actions.put(name, new Action(name, false, dataRequired, renames, run));
    }

    Optional<Action> find(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    Iterable<String> names() {
        return actions.keySet();
    }
}
