package dev.opencif.application.shared;

import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.Login;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.shared.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Every filter of the counterparty "Get customers list" route, plus the viewer scope (a counterparty, or a
 * {@link ConsentScope}). Empty sets and {@code null} values do not filter; a set matches when the customer's value is
 * one of its members (names, surnames and logins compare case-insensitively); {@code searchString} matches a
 * case-insensitive substring of first name, last name, middle name or login. Ranges are inclusive.
 * {@link #test} is the reference semantics every adapter must reproduce (the contract tests check it) for everything
 * but the consent scope, which an adapter decides from its agreements. Build one with {@link #builder()}.
 */
public record CustomerFilter(
        CounterpartyId counterparty,
        Set<CustomerId> customerIds,
        Set<String> logins,
        Set<KycLevel> kycLevels,
        Boolean disabled,
        BigDecimal minBalanceAllowed,
        BigDecimal maxBalanceAllowed,
        Set<String> balanceAssetCodes,
        Set<String> balanceAssetIssuers,
        Set<String> branches,
        Set<String> names,
        Set<String> paternalNames,
        Set<String> phones,
        Set<String> segments,
        Set<CustomerStatus> statuses,
        Set<String> surnames,
        String searchString,
        Instant createdFrom,
        Instant createdTo,
        Instant updatedFrom,
        Instant updatedTo,
        ConsentScope consent) {

    public static final CustomerFilter ALL = builder().build();

    public CustomerFilter {
        customerIds = copy(customerIds);
        logins = lower(logins);
        kycLevels = copy(kycLevels);
        balanceAssetCodes = copy(balanceAssetCodes);
        balanceAssetIssuers = copy(balanceAssetIssuers);
        branches = copy(branches);
        names = lower(names);
        paternalNames = lower(paternalNames);
        phones = copy(phones);
        segments = copy(segments);
        statuses = copy(statuses);
        surnames = lower(surnames);
        searchString = searchString == null || searchString.isBlank() ? null : searchString.strip();
        Checks.that(searchString == null || searchString.length() <= 100, "search_string", "must be at most 100 characters");
        Checks.amount(minBalanceAllowed, "min_balance_allowed");
        Checks.amount(maxBalanceAllowed, "max_balance_allowed");
        Checks.supportedInstant(createdFrom, "min_created_at");
        Checks.supportedInstant(createdTo, "max_created_at");
        Checks.supportedInstant(updatedFrom, "min_updated_at");
        Checks.supportedInstant(updatedTo, "max_updated_at");
        Checks.that(minBalanceAllowed == null || maxBalanceAllowed == null || minBalanceAllowed.compareTo(maxBalanceAllowed) <= 0,
                "min_balance_allowed", "must not be greater than max_balance_allowed");
        Checks.that(createdFrom == null || createdTo == null || !createdFrom.isAfter(createdTo),
                "min_created_at", "must not be after max_created_at");
        Checks.that(updatedFrom == null || updatedTo == null || !updatedFrom.isAfter(updatedTo),
                "min_updated_at", "must not be after max_updated_at");
    }

    /** A builder of a filter with nothing set: every customer. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this filter's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same filter restricted to one counterparty's customers. */
    public CustomerFilter withCounterparty(CounterpartyId scope) {
        return toBuilder().counterparty(scope).build();
    }

    /** The same filter restricted to the customers in {@code scope}. */
    public CustomerFilter withConsent(ConsentScope scope) {
        return toBuilder().consent(scope).build();
    }

    public boolean test(CustomerState c) {
        if (counterparty != null && !counterparty.equals(c.counterparty())) {
            return false;
        }
        if (!customerIds.isEmpty() && !customerIds.contains(c.id())) {
            return false;
        }
        if (!logins.isEmpty() && !has(logins, identifier(c, Login.class))) {
            return false;
        }
        if (!kycLevels.isEmpty() && !kycLevels.contains(c.kyc().level())) {
            return false;
        }
        if (disabled != null && disabled != c.disabled()) {
            return false;
        }
        if (minBalanceAllowed != null || maxBalanceAllowed != null || !balanceAssetCodes.isEmpty() || !balanceAssetIssuers.isEmpty()) {
            if (c.balanceAllowance() == null) {
                return false;
            }
            BigDecimal allowed = c.balanceAllowance().amount().amount();
            if (minBalanceAllowed != null && allowed.compareTo(minBalanceAllowed) < 0) {
                return false;
            }
            if (maxBalanceAllowed != null && allowed.compareTo(maxBalanceAllowed) > 0) {
                return false;
            }
            if (!balanceAssetCodes.isEmpty() && !balanceAssetCodes.contains(c.balanceAllowance().amount().currency().value())) {
                return false;
            }
            if (!balanceAssetIssuers.isEmpty() && !has(balanceAssetIssuers, c.balanceAllowance().assetIssuer())) {
                return false;
            }
        }
        if (!branches.isEmpty() && (c.branch() == null || !branches.contains(c.branch().value()))) {
            return false;
        }
        if (!names.isEmpty() && !has(names, lower(c.name().first()))) {
            return false;
        }
        if (!paternalNames.isEmpty() && !has(paternalNames, lower(c.name().middle()))) {
            return false;
        }
        if (!surnames.isEmpty() && !has(surnames, lower(c.name().last()))) {
            return false;
        }
        if (!phones.isEmpty() && !has(phones, phone(c))) {
            return false;
        }
        if (!segments.isEmpty() && (c.segment() == null || !segments.contains(c.segment().value()))) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(c.status())) {
            return false;
        }
        if (searchString != null && !matchesSearch(c)) {
            return false;
        }
        return within(c.createdAt(), createdFrom, createdTo) && within(c.updatedAt(), updatedFrom, updatedTo);
    }

    private boolean matchesSearch(CustomerState c) {
        String needle = searchString.toLowerCase(Locale.ROOT);
        return contains(c.name().first(), needle) || contains(c.name().last(), needle)
                || contains(c.name().middle(), needle) || contains(identifier(c, Login.class), needle);
    }

    /** Set membership where a missing value (null) is never a member: immutable sets reject contains(null). */
    private static <T> boolean has(Set<T> values, T value) {
        return value != null && values.contains(value);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static boolean within(Instant value, Instant from, Instant to) {
        return (from == null || !value.isBefore(from)) && (to == null || !value.isAfter(to));
    }

    private static String phone(CustomerState c) {
        return c.identifiers().stream().filter(PhoneNumber.class::isInstance).map(Identifier::value).findFirst().orElse(null);
    }

    private static String identifier(CustomerState c, Class<? extends Identifier> type) {
        return c.identifiers().stream().filter(type::isInstance).map(i -> i.value().toLowerCase(Locale.ROOT)).findFirst().orElse(null);
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    private static Set<String> lower(Set<String> values) {
        return values == null ? Set.of() : Set.copyOf(values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** Names the filter's values one by one; anything not set does not filter. */
    public static final class Builder {
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
        private ConsentScope consent;

        private Builder() {
        }

        private Builder(CustomerFilter f) {
            counterparty = f.counterparty;
            customerIds = f.customerIds;
            logins = f.logins;
            kycLevels = f.kycLevels;
            disabled = f.disabled;
            minBalanceAllowed = f.minBalanceAllowed;
            maxBalanceAllowed = f.maxBalanceAllowed;
            balanceAssetCodes = f.balanceAssetCodes;
            balanceAssetIssuers = f.balanceAssetIssuers;
            branches = f.branches;
            names = f.names;
            paternalNames = f.paternalNames;
            phones = f.phones;
            segments = f.segments;
            statuses = f.statuses;
            surnames = f.surnames;
            searchString = f.searchString;
            createdFrom = f.createdFrom;
            createdTo = f.createdTo;
            updatedFrom = f.updatedFrom;
            updatedTo = f.updatedTo;
            consent = f.consent;
        }

        public Builder counterparty(CounterpartyId value) {
            counterparty = value;
            return this;
        }

        public Builder customerIds(Set<CustomerId> value) {
            customerIds = value;
            return this;
        }

        public Builder logins(Set<String> value) {
            logins = value;
            return this;
        }

        public Builder kycLevels(Set<KycLevel> value) {
            kycLevels = value;
            return this;
        }

        public Builder disabled(Boolean value) {
            disabled = value;
            return this;
        }

        public Builder minBalanceAllowed(BigDecimal value) {
            minBalanceAllowed = value;
            return this;
        }

        public Builder maxBalanceAllowed(BigDecimal value) {
            maxBalanceAllowed = value;
            return this;
        }

        public Builder balanceAssetCodes(Set<String> value) {
            balanceAssetCodes = value;
            return this;
        }

        public Builder balanceAssetIssuers(Set<String> value) {
            balanceAssetIssuers = value;
            return this;
        }

        public Builder branches(Set<String> value) {
            branches = value;
            return this;
        }

        public Builder names(Set<String> value) {
            names = value;
            return this;
        }

        public Builder paternalNames(Set<String> value) {
            paternalNames = value;
            return this;
        }

        public Builder phones(Set<String> value) {
            phones = value;
            return this;
        }

        public Builder segments(Set<String> value) {
            segments = value;
            return this;
        }

        public Builder statuses(Set<CustomerStatus> value) {
            statuses = value;
            return this;
        }

        public Builder surnames(Set<String> value) {
            surnames = value;
            return this;
        }

        public Builder searchString(String value) {
            searchString = value;
            return this;
        }

        public Builder createdFrom(Instant value) {
            createdFrom = value;
            return this;
        }

        public Builder createdTo(Instant value) {
            createdTo = value;
            return this;
        }

        public Builder updatedFrom(Instant value) {
            updatedFrom = value;
            return this;
        }

        public Builder updatedTo(Instant value) {
            updatedTo = value;
            return this;
        }

        public Builder consent(ConsentScope value) {
            consent = value;
            return this;
        }

        /** The filter; its constructor checks the values (ranges in order, search string length, supported instants). */
        public CustomerFilter build() {
            return new CustomerFilter(counterparty, customerIds, logins, kycLevels, disabled, minBalanceAllowed,
                    maxBalanceAllowed, balanceAssetCodes, balanceAssetIssuers, branches, names, paternalNames, phones,
                    segments, statuses, surnames, searchString, createdFrom, createdTo, updatedFrom, updatedTo, consent);
        }
    }
}
