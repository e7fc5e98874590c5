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
 * Every filter of the counterparty "Get customers list" route, plus the viewer scope. Empty sets and
 * {@code null} values do not filter; a set matches when the customer's value is one of its members
 * (names, surnames and logins compare case-insensitively); {@code searchString} matches a
 * case-insensitive substring of first name, last name, middle name or login. Ranges are inclusive.
 * {@link #test} is the reference semantics every adapter must reproduce (the contract tests check it).
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
        Instant updatedTo) {

    public static final CustomerFilter ALL = new CustomerFilter(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null);

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

    /** The same filter restricted to one counterparty's customers. */
    public CustomerFilter withCounterparty(CounterpartyId scope) {
        return new CustomerFilter(scope, customerIds, logins, kycLevels, disabled, minBalanceAllowed, maxBalanceAllowed,
                balanceAssetCodes, balanceAssetIssuers, branches, names, paternalNames, phones, segments, statuses,
                surnames, searchString, createdFrom, createdTo, updatedFrom, updatedTo);
    }

    /** The same filter restricted to the given customers (intersected with any ids already present). */
    public CustomerFilter restrictedTo(Set<CustomerId> allowed) {
        Set<CustomerId> ids = customerIds.isEmpty() ? Set.copyOf(allowed)
                : Set.copyOf(customerIds.stream().filter(allowed::contains).toList());
        boolean nothing = ids.isEmpty();
        return new CustomerFilter(counterparty, nothing ? Set.of(NO_CUSTOMER) : ids, logins, kycLevels, disabled,
                minBalanceAllowed, maxBalanceAllowed, balanceAssetCodes, balanceAssetIssuers, branches, names,
                paternalNames, phones, segments, statuses, surnames, searchString, createdFrom, createdTo, updatedFrom, updatedTo);
    }

    /** An id no customer has: restricting to an empty set must match nothing, not everything. */
    public static final CustomerId NO_CUSTOMER = new CustomerId(new java.util.UUID(0, 0));

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
}
