package dev.opencif.testkit.builder;

import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.kyc.KycLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** Test data: {@link CustomerFilter}s one criterion at a time, with varargs sets and amounts as text. */
public final class CustomerFilterBuilder {
    private CounterpartyId counterparty;
    private Set<CustomerId> customerIds;
    private Set<String> logins;
    private Set<KycLevel> kycLevels;
    private Boolean disabled;
    private BigDecimal minBalanceAllowed;
    private BigDecimal maxBalanceAllowed;
    private Set<String> balanceAssetCodes;
    private Set<String> balanceAssetIssuers;
    private Set<String> branches;
    private Set<String> names;
    private Set<String> paternalNames;
    private Set<String> phones;
    private Set<String> segments;
    private Set<CustomerStatus> statuses;
    private Set<String> surnames;
    private String searchString;
    private Instant createdFrom;
    private Instant createdTo;
    private Instant updatedFrom;
    private Instant updatedTo;

    private CustomerFilterBuilder() {
    }

    /** A filter matching every customer until criteria are added. */
    public static CustomerFilterBuilder aFilter() {
        return new CustomerFilterBuilder();
    }

    public CustomerFilterBuilder inCounterparty(CounterpartyId value) {
        counterparty = value;
        return this;
    }

    public CustomerFilterBuilder customerIds(CustomerId... values) {
        customerIds = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder logins(String... values) {
        logins = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder kycLevels(KycLevel... values) {
        kycLevels = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder disabled(Boolean value) {
        disabled = value;
        return this;
    }

    public CustomerFilterBuilder minBalanceAllowed(String value) {
        minBalanceAllowed = value == null ? null : new BigDecimal(value);
        return this;
    }

    public CustomerFilterBuilder maxBalanceAllowed(String value) {
        maxBalanceAllowed = value == null ? null : new BigDecimal(value);
        return this;
    }

    public CustomerFilterBuilder balanceAssetCodes(String... values) {
        balanceAssetCodes = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder balanceAssetIssuers(String... values) {
        balanceAssetIssuers = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder branches(String... values) {
        branches = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder names(String... values) {
        names = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder paternalNames(String... values) {
        paternalNames = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder phones(String... values) {
        phones = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder segments(String... values) {
        segments = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder statuses(CustomerStatus... values) {
        statuses = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder surnames(String... values) {
        surnames = Set.of(values);
        return this;
    }

    public CustomerFilterBuilder searchString(String value) {
        searchString = value;
        return this;
    }

    public CustomerFilterBuilder createdBetween(Instant from, Instant to) {
        createdFrom = from;
        createdTo = to;
        return this;
    }

    public CustomerFilterBuilder updatedBetween(Instant from, Instant to) {
        updatedFrom = from;
        updatedTo = to;
        return this;
    }

    public CustomerFilter build() {
        return CustomerFilter.builder().counterparty(counterparty).customerIds(customerIds).logins(logins)
                .kycLevels(kycLevels).disabled(disabled).minBalanceAllowed(minBalanceAllowed).maxBalanceAllowed(maxBalanceAllowed)
                .balanceAssetCodes(balanceAssetCodes).balanceAssetIssuers(balanceAssetIssuers).branches(branches).names(names)
                .paternalNames(paternalNames).phones(phones).segments(segments).statuses(statuses).surnames(surnames)
                .searchString(searchString).createdFrom(createdFrom).createdTo(createdTo).updatedFrom(updatedFrom)
                .updatedTo(updatedTo).build();
    }
}
