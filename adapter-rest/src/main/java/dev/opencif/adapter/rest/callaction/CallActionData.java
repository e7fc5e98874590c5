package dev.opencif.adapter.rest.callaction;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opencif.application.port.in.view.ClientLifecycle;
import dev.opencif.application.shared.CurrencyAmounts;
import dev.opencif.application.port.in.view.CustomerHeader;
import dev.opencif.application.port.in.view.CustomerPicture;
import dev.opencif.application.port.in.view.PendingActivity;
import dev.opencif.application.port.in.view.ProductPortfolio;
import dev.opencif.application.port.in.view.Profitability;
import dev.opencif.application.port.in.view.Revenues;
import dev.opencif.application.shared.TransactionValue;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code Data} shapes of the callAction answers and their mapping from use-case results. */
final class CallActionData {
    private CallActionData() {
    }

    record CustomerSaved(String customerInternalId, String customerNumber) {
    }

    record AddressSaved(String addressIdentifier, String customerInternalId) {
    }

    record RepresentativeSaved(String customerRepresentativeIdentifier, String customerInternalId,
                               String customerRepresentativeNo, String accountRelationType) {
    }

    record ApplicationSaved(String applicationId, String customerInternalId, String externalId, String businessStatus) {
    }

    record AgreementSaved(@JsonProperty("AgreementId") String agreementId, String customerInternalId,
                          String agreementType, String status) {
    }

    record LifecycleData(String customerInternalId, List<LifecycleEntryData> entries, Map<String, Long> stageCounts) {
    }

    record LifecycleEntryData(Instant at, String event, String detail) {
    }

    record FlagsData(String customerInternalId, List<FlagData> flags) {
    }

    record FlagData(String code, String severity, String message) {
    }

    record HeaderData(String customerInternalId, String customerNumber, String fullName, String status, String segment,
                      String kycLevel, String mainPhone, String mainEmail, String branch, Instant customerSince) {
    }

    record PictureData(String customerInternalId, boolean hasPicture, String picture, String initials) {
    }

    record PendingData(String customerInternalId, List<PendingActivityData> activities) {
    }

    record PendingActivityData(String type, String reference, String description, Instant dueAt) {
    }

    record PortfolioData(String customerInternalId, List<AccountData> accounts, List<ApplicationData> applications,
                         List<AgreementData> agreements) {
    }

    record AccountData(String accountId, String accountNumber, String iban, String productType, String currency,
                       BigDecimal balance, String status, Instant openedAt, Instant closedAt) {
    }

    record ApplicationData(String applicationId, String externalId, String name, String bankingProduct, String url,
                           String source, String businessStatus, BigDecimal amount, String currency, Instant createdAt,
                           Instant updatedAt) {
    }

    record AgreementData(@JsonProperty("AgreementId") String agreementId, String agreementType, String status,
                         LocalDate startDate, LocalDate endDate, String sourceId, String contractNo, String externalId,
                         Instant grantedAt, Instant revokedAt) {
    }

    record SuggestionsData(String accountId, List<SuggestionData> suggestions) {
    }

    record SuggestionData(String product, String reason) {
    }

    record ProfileData(String customerInternalId, int percent, List<String> missingFields) {
    }

    record ProfitabilityData(String customerInternalId, String indicatorName, List<AmountsData> byCurrency) {
    }

    record AmountsData(String currency, long count, BigDecimal volume, BigDecimal fees) {
    }

    record InteractionsData(String customerInternalId, List<InteractionData> interactions) {
    }

    record InteractionData(Instant occurredAt, String channel, String operation, String outcome, String requestId,
                           String actor) {
    }

    record RevenuesData(String customerInternalId, LocalDate startDate, LocalDate endDate, List<RevenueMonthData> months,
                        List<AmountsData> totals) {
    }

    record RevenueMonthData(String month, String currency, BigDecimal fees) {
    }

    record TransactionValuesData(String customerInternalId, List<TransactionValueData> values) {
    }

    record TransactionValueData(String indicator, String direction, String interIntra, String currency, long count,
                                BigDecimal total) {
    }

    static LifecycleData lifecycle(String customer, ClientLifecycle lifecycle) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CustomerStatus status : CustomerStatus.values()) {
            Long count = lifecycle.stageCounts().get(status);
            if (count != null) {
                counts.put(status.name(), count);
            }
        }
        return new LifecycleData(customer,
                lifecycle.entries().stream().map(e -> new LifecycleEntryData(e.at(), e.event(), e.detail())).toList(), counts);
    }

    static HeaderData header(CustomerHeader h) {
        return new HeaderData(h.customerId().toString(), h.number().toString(), h.fullName(), h.status().name(), h.segment(),
                h.kycLevel().name(), h.mainPhone(), h.mainEmail(), h.branch(), h.customerSince());
    }

    static PictureData picture(CustomerPicture p) {
        return new PictureData(p.customerId().toString(), p.picture().isPresent(),
                p.picture().map(Object::toString).orElse(null), p.initials());
    }

    static PendingData pending(String customer, List<PendingActivity> activities) {
        return new PendingData(customer, activities.stream()
                .map(a -> new PendingActivityData(a.type(), a.reference(), a.description(), a.dueAt())).toList());
    }

    static PortfolioData portfolio(String customer, ProductPortfolio p) {
        return new PortfolioData(customer,
                p.accounts().stream().map(CallActionData::account).toList(),
                p.applications().stream().map(CallActionData::application).toList(),
                p.agreements().stream().map(CallActionData::agreement).toList());
    }

    static AccountData account(AccountState a) {
        return new AccountData(a.id().toString(), a.number().value(), a.iban() == null ? null : a.iban().value(),
                a.product().name(), a.asset().code().value(), a.balance().amount(), a.status().name(), a.openedAt(),
                a.closedAt());
    }

    static ApplicationData application(ProductApplication a) {
        Money amount = a.amount();
        return new ApplicationData(a.id().toString(), a.externalId(), a.name(), a.bankingProduct(), a.url().toString(),
                a.source(), a.status().name(), amount == null ? null : amount.amount(),
                amount == null ? null : amount.currency().value(), a.createdAt(), a.updatedAt());
    }

    static AgreementData agreement(AgreementState a) {
        return new AgreementData(a.id().toString(), a.type().name(), a.status().name(), a.terms().startDate(),
                a.terms().endDate(), a.terms().source(), a.terms().contractNumber(), a.terms().externalId(), a.grantedAt(),
                a.revokedAt());
    }

    static ProfitabilityData profitability(String customer, Profitability p) {
        return new ProfitabilityData(customer, p.indicator(), amounts(p.byCurrency()));
    }

    static List<AmountsData> amounts(List<CurrencyAmounts> amounts) {
        return amounts.stream().map(a -> new AmountsData(a.currency(), a.count(), a.volume(), a.fees())).toList();
    }

    static InteractionsData interactions(String customer, List<Interaction> interactions) {
        return new InteractionsData(customer, interactions.stream()
                .map(i -> new InteractionData(i.occurredAt(), i.channel().value(), i.operation(), i.outcome().name(),
                        i.requestId(), i.actor()))
                .toList());
    }

    static RevenuesData revenues(String customer, LocalDate start, LocalDate end, Revenues r) {
        return new RevenuesData(customer, start, end,
                r.months().stream().map(m -> new RevenueMonthData(m.month().toString(), m.currency(), m.fees())).toList(),
                amounts(r.totals()));
    }

    static TransactionValuesData transactionValues(String customer, List<TransactionValue> values) {
        return new TransactionValuesData(customer, values.stream()
                .map(v -> new TransactionValueData(v.indicator(), v.direction().name(), v.scope().name(), v.currency(),
                        v.count(), v.total()))
                .toList());
    }
}
