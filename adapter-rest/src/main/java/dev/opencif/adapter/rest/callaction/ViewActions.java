package dev.opencif.adapter.rest.callaction;

import dev.opencif.application.port.in.view.CustomerViewQuery;
import dev.opencif.application.port.in.view.LifecycleQuery;
import dev.opencif.application.port.in.view.ProfitabilityQuery;
import dev.opencif.application.port.in.view.RecentInteractionsQuery;
import dev.opencif.application.port.in.view.RevenuesQuery;
import dev.opencif.application.port.in.view.TransactionValuesQuery;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The twelve customer-360 widgets of callAction: parameters in, the view use case's result out. */
final class ViewActions {
    private final CallActionUseCases useCases;

    ViewActions(CallActionUseCases useCases) {
        this.useCases = useCases;
    }

    /** FTOS_ACC_AccountClientLifecycle: one customer's history, or with no customer the bank-wide stage counts. */
    ActionOutcome lifecycle(Params p) {
        CustomerId customer = p.optional("customerInternalId", WriteActions::customerId);
        p.check();
        CustomerRef ref = customer == null ? null : CustomerRef.id(customer);
        return ActionOutcome.ok(CallActionData.lifecycle(customer == null ? null : customer.toString(),
                useCases.getClientLifecycle().get(new LifecycleQuery(ref))));
    }

    ActionOutcome flags(Params p) {
        CustomerId customer = customer(p, "customerInternalId");
        return ActionOutcome.ok(new CallActionData.FlagsData(customer.toString(),
                useCases.getCustomerFlags().get(query(customer)).stream()
                        .map(f -> new CallActionData.FlagData(f.code(), f.severity(), f.message())).toList()));
    }

    ActionOutcome header(Params p) {
        return ActionOutcome.ok(CallActionData.header(useCases.getCustomerHeader().get(query(customer(p, "customerInternalId")))));
    }

    ActionOutcome picture(Params p) {
        return ActionOutcome.ok(CallActionData.picture(useCases.getCustomerPicture().get(query(customer(p, "customerInternalId")))));
    }

    ActionOutcome pendingActivities(Params p) {
        CustomerId customer = customer(p, "customerInternalId");
        return ActionOutcome.ok(CallActionData.pending(customer.toString(), useCases.getPendingActivities().get(query(customer))));
    }

    ActionOutcome productPortfolio(Params p) {
        CustomerId customer = customer(p, "customerInternalId");
        return ActionOutcome.ok(CallActionData.portfolio(customer.toString(), useCases.getProductPortfolio().get(query(customer))));
    }

    /** FTOS_ACC_GetProductSuggestions: {@code accountId} is the customer (FintechOS's "Account" entity). */
    ActionOutcome productSuggestions(Params p) {
        CustomerId customer = customer(p, "accountId");
        return ActionOutcome.ok(new CallActionData.SuggestionsData(customer.toString(),
                useCases.getProductSuggestions().get(query(customer)).stream()
                        .map(s -> new CallActionData.SuggestionData(s.product(), s.reason())).toList()));
    }

    ActionOutcome profileCompletion(Params p) {
        CustomerId customer = customer(p, "customerInternalId");
        var completion = useCases.getProfileCompletion().get(query(customer));
        return ActionOutcome.ok(new CallActionData.ProfileData(customer.toString(), completion.percent(), completion.missingFields()));
    }

    /** FTOS_ACC_AccountProfitabilityPI; {@code startDate}/{@code endDate} are optional (default: the last 365 days). */
    ActionOutcome profitability(Params p) {
        CustomerId customer = p.required("customerInternalId", WriteActions::customerId);
        String indicator = p.required("indicatorName");
        Instant from = p.optional("startDate", Params::from);
        Instant to = p.optional("endDate", Params::to);
        p.check();
        return ActionOutcome.ok(CallActionData.profitability(customer.toString(),
                useCases.getProfitability().get(new ProfitabilityQuery(CustomerRef.id(customer), indicator, from, to))));
    }

    /** FTOS_ACC_AccountRecentInteractions; the seed's misspelt {@code ifromDate} is accepted for {@code fromDate}. */
    ActionOutcome recentInteractions(Params p) {
        CustomerId customer = p.required("customerInternalId", WriteActions::customerId);
        String fromName = !p.has("fromDate") && p.has("ifromDate") ? "ifromDate" : "fromDate";
        Instant from = p.required(fromName, Params::from);
        Instant to = p.required("toDate", Params::to);
        Set<Channel> channels = new LinkedHashSet<>();
        for (String channel : p.list("channels")) {
            Channel parsed = p.value("channels", () -> Channel.of(channel));
            if (parsed != null) {
                channels.add(parsed);
            }
        }
        p.check();
        return ActionOutcome.ok(CallActionData.interactions(customer.toString(), useCases.getRecentInteractions()
                .get(new RecentInteractionsQuery(CustomerRef.id(customer), from, to, channels))));
    }

    ActionOutcome revenues(Params p) {
        CustomerId customer = p.required("customerInternalId", WriteActions::customerId);
        LocalDate start = p.required("startDate", Params::date);
        LocalDate end = p.required("endDate", Params::date);
        p.check();
        return ActionOutcome.ok(CallActionData.revenues(customer.toString(), start, end,
                useCases.getRevenues().get(new RevenuesQuery(CustomerRef.id(customer), start, end))));
    }

    ActionOutcome transactionValues(Params p) {
        CustomerId customer = p.required("customerInternalId", WriteActions::customerId);
        Instant from = p.required("startDate", Params::from);
        Instant to = p.required("endDate", Params::to);
        Set<String> indicators = new LinkedHashSet<>(p.list("transactionIndicators"));
        Direction direction = p.optional("direction", v -> Params.enumValue(Direction.class, v, Map.of(
                "IN", Direction.INCOMING, "OUT", Direction.OUTGOING)));
        Scope scope = p.optional("interIntra", v -> Params.enumValue(Scope.class, v, Map.of()));
        String currency = p.optional("currencyId");
        p.check();
        return ActionOutcome.ok(CallActionData.transactionValues(customer.toString(), useCases.getTransactionValues()
                .get(new TransactionValuesQuery(CustomerRef.id(customer), from, to, indicators, direction, scope, currency))));
    }

    private static CustomerId customer(Params p, String name) {
        CustomerId customer = p.required(name, WriteActions::customerId);
        p.check();
        return customer;
    }

    private static CustomerViewQuery query(CustomerId customer) {
        return new CustomerViewQuery(CustomerRef.id(customer));
    }
}
