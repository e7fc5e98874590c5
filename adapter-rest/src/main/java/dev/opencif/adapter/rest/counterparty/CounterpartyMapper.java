package dev.opencif.adapter.rest.counterparty;

import dev.opencif.adapter.rest.counterparty.CounterpartyConfig.AssetSpec;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.AccountDto;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.AssetDto;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.CreateCustomerRequest;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.CreateCustomerResponse;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.CustomerDto;
import dev.opencif.adapter.rest.counterparty.CounterpartyDto.UpdateCustomerRequest;
import dev.opencif.adapter.rest.http.Decimals;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.dialect.http.FieldErrors;
import dev.opencif.dialect.http.QueryParameters;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.customer.BalanceAllowance;
import dev.opencif.domain.customer.BranchRef;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.customer.Segment;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.Login;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Ids;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/** Translates between the counterparty dialect's snake_case bodies and query parameters and the domain. */
final class CounterpartyMapper {
    static final String ACCOUNT_TYPE = "EMONEY_WALLET";
    /** Array filters whose values may hold a comma, so they are only ever repeated. */
    private static final Set<String> FREE_TEXT_FILTERS = Set.of("names", "paternal_names", "surnames", "segments");
    static final Set<String> LIST_PARAMETERS = Set.of("wallet_user_guids", "logins", "kyc_levels", "is_disabled",
            "min_balance_allowed", "max_balance_allowed", "balance_asset_codes", "balance_asset_issuers", "branch_guids",
            "names", "paternal_names", "phone_numbers", "segments", "statuses", "surnames", "search_string",
            "min_created_at", "max_created_at", "min_updated_at", "max_updated_at", "offset", "limit", "ordering");
    /** At most this many values per array filter (e.g. {@code wallet_user_guids}); more is refused, not truncated. */
    static final int MAX_FILTER_VALUES = 100;

    private final CounterpartyConfig config;

    CounterpartyMapper(CounterpartyConfig config) {
        this.config = config;
    }

    // ---- requests ----------------------------------------------------------------------------------

    /** The wallet asset named by code and Stellar issuer: both required, the issuer well-formed, the pair in the catalogue. */
    Asset walletAsset(FieldErrors fields, String code, String issuer) {
        if (code == null || code.isBlank()) {
            fields.fail("asset_code", "is required");
        }
        if (issuer == null || issuer.isBlank()) {
            fields.fail("asset_issuer", "is required");
        } else {
            if (fields.get("asset_issuer", () -> new Asset(AssetCode.of("X"), issuer, 0, null, null)) == null) {
                return null;
            }
        }
        if (code == null || code.isBlank() || issuer == null || issuer.isBlank()) {
            return null;
        }
        Optional<AssetSpec> spec = config.assets().stream().filter(a -> a.is(code.strip(), issuer.strip())).findFirst();
        if (spec.isEmpty()) {
            fields.fail("asset_code", "is not an asset of this platform with the given asset_issuer");
            return null;
        }
        return spec.get().toAsset();
    }

    /** A given IBAN: the universal rules of the domain, then the country's BBAN format (iban4j). */
    static Iban iban(String raw) {
        Iban iban = FieldErrors.field("iban", () -> new Iban(raw));
        try {
            IbanUtil.validate(iban.value());
        } catch (Iban4jException e) {
            throw ValidationException.of("iban", "does not have the format of an IBAN of " + iban.country());
        }
        return iban;
    }

    CustomerRegistration registration(FieldErrors fields, CreateCustomerRequest r, CounterpartyId counterparty, Asset wallet) {
        PersonName name = personName(fields, r.name(), r.surname(), r.paternalName());
        CustomerStatus status = r.status() == null ? null : fields.get("status", () -> status(r.status()));
        Segment segment = blank(r.segment()) ? null : fields.get("segment", () -> new Segment(r.segment()));
        BranchRef branch = blank(r.branchGuid()) ? null : fields.get("branch_guid", () -> branch(r.branchGuid()));
        KycLevel level = r.kycLevel() == null ? KycLevel.NONE : fields.get("kyc_level", () -> KycLevel.ofNumeric(r.kycLevel()));
        List<Identifier> identifiers = new ArrayList<>();
        if (r.login() != null) {
            Optional.ofNullable(fields.get("login", () -> new Login(r.login()))).ifPresent(identifiers::add);
        }
        if (!blank(r.phoneNumber())) {
            Optional.ofNullable(fields.get("phone_number", () -> phone(r.phoneNumber()))).ifPresent(identifiers::add);
        }
        BalanceAllowance allowance = wallet == null ? null : allowance(fields,
                r.balanceAllowed() == null ? BigDecimal.ZERO : r.balanceAllowed(),
                r.balanceAssetCode(), r.balanceAssetIssuer(), wallet);
        fields.throwIfAny();
        KycProfile kyc = level == KycLevel.NONE ? KycProfile.none()
                : KycProfile.none().verifiedAs(level, level == KycLevel.EKYC ? KycMethod.EKYC : KycMethod.IN_BRANCH,
                        config.clock().instant());
        return new CustomerRegistration(CustomerType.INDIVIDUAL, name, null, status, segment, branch, counterparty,
                Boolean.TRUE.equals(r.isDisabled()), kyc, identifiers, null, null, allowance);
    }

    /**
     * The allowed balance: amount with the balance asset (code, optional issuer). Without a code the asset is
     * {@code fallback}; the minor units come from the catalogue (or the fallback asset).
     */
    BalanceAllowance allowance(FieldErrors fields, BigDecimal amount, String code, String issuer, Asset fallback) {
        String effectiveCode;
        String effectiveIssuer;
        int minorUnits;
        if (blank(code)) {
            if (!blank(issuer)) {
                fields.fail("balance_asset_code", "is required with balance_asset_issuer");
                return null;
            }
            if (fallback == null) {
                fields.fail("balance_asset_code", "is required with balance_allowed");
                return null;
            }
            effectiveCode = fallback.code().value();
            effectiveIssuer = fallback.issuer();
            minorUnits = fallback.minorUnits();
        } else {
            Optional<AssetSpec> spec = config.assets().stream()
                    .filter(a -> a.code().equals(code.strip()) && (blank(issuer) || a.issuer().equals(issuer.strip())))
                    .findFirst();
            if (spec.isEmpty() && fallback != null && fallback.code().value().equals(code.strip())
                    && (blank(issuer) || issuer.strip().equals(fallback.issuer()))) {
                effectiveCode = fallback.code().value();
                effectiveIssuer = fallback.issuer();
                minorUnits = fallback.minorUnits();
            } else if (spec.isEmpty()) {
                fields.fail("balance_asset_code", "is not an asset of this platform" + (blank(issuer) ? "" : " with the given balance_asset_issuer"));
                return null;
            } else {
                effectiveCode = spec.get().code();
                effectiveIssuer = spec.get().issuer();
                minorUnits = spec.get().minorUnit();
            }
        }
        return fields.get("balance_allowed", () -> new BalanceAllowance(
                new Money(Decimals.bounded("balance_allowed", amount), AssetCode.of(effectiveCode), minorUnits), effectiveIssuer));
    }

    /** The partial update: names merge with the current ones, {@code ""} clears a text, {@code branch_guid} is the nullable wrapper. */
    Update update(UpdateCustomerRequest r, CustomerState current) {
        FieldErrors fields = new FieldErrors();
        if (r.walletUserGuid() != null && !blank(r.walletUserGuid())) {
            CustomerId id = fields.get("wallet_user_guid", () -> CustomerId.parse(r.walletUserGuid()));
            if (id != null && !id.equals(current.id())) {
                fields.fail("wallet_user_guid", "must be the customer_guid of the path");
            }
        }
        PersonName name = null;
        if (r.name() != null || r.surname() != null || r.paternalName() != null) {
            PersonName now = current.name();
            name = personName(fields, r.name() != null ? r.name() : now.first(),
                    r.surname() != null ? r.surname() : now.last(),
                    r.paternalName() != null ? r.paternalName() : now.middle());
        }
        Optional<Segment> segment = r.segment() == null ? null
                : blank(r.segment()) ? Optional.empty() : Optional.ofNullable(fields.get("segment", () -> new Segment(r.segment())));
        Optional<BranchRef> branch = null;
        if (r.branchGuid() != null) {
            if (r.branchGuid().valid() == null) {
                fields.fail("branch_guid.valid", "is required");
            } else if (!r.branchGuid().valid()) {
                branch = Optional.empty();
            } else if (blank(r.branchGuid().value())) {
                fields.fail("branch_guid.value", "is required when valid is true");
            } else {
                branch = Optional.ofNullable(fields.get("branch_guid.value", () -> branch(r.branchGuid().value())));
            }
        }
        Optional<BalanceAllowance> allowance = null;
        if (r.balanceAllowed() != null || r.balanceAssetCode() != null || r.balanceAssetIssuer() != null) {
            BalanceAllowance existing = current.balanceAllowance();
            BigDecimal amount = r.balanceAllowed() != null ? r.balanceAllowed()
                    : existing != null ? existing.amount().amount() : BigDecimal.ZERO;
            Asset fallback = existing == null ? null
                    : new Asset(existing.amount().currency(), existing.assetIssuer(), existing.amount().minorUnits(), null, null);
            String code = r.balanceAssetCode();
            String issuer = r.balanceAssetIssuer();
            if (blank(code) && blank(issuer)) {
                code = null;
                issuer = null;
            }
            allowance = Optional.ofNullable(allowance(fields, amount, code, issuer,
                    fallback != null ? fallback : config.defaultAsset().toAsset()));
        }
        List<Identifier> identifiers = new ArrayList<>();
        if (r.phoneNumber() != null) {
            Optional.ofNullable(fields.get("phone_number", () -> phone(r.phoneNumber()))).ifPresent(identifiers::add);
        }
        CustomerStatus status = r.status() == null ? null : fields.get("status", () -> status(r.status()));
        KycLevel level = r.kycLevel() == null ? null : fields.get("kyc_level", () -> KycLevel.ofNumeric(r.kycLevel()));
        fields.throwIfAny();
        CustomerChanges changes = new CustomerChanges(name, null, segment, branch, r.isDisabled(), allowance, null, identifiers);
        return new Update(changes, status, level);
    }

    record Update(CustomerChanges changes, CustomerStatus status, KycLevel kycLevel) {
    }

    /**
     * Every filter of the seed. Array filters repeat their parameter or, where no value can hold a comma (ids, levels,
     * statuses, phones, logins, asset codes and issuers), list values comma-separated; names and segments only repeat.
     */
    CustomerFilter filter(Map<String, List<String>> q) {
        FieldErrors fields = new FieldErrors();
        Set<CustomerId> ids = values(fields, q, "wallet_user_guids", CustomerId::parse);
        Set<KycLevel> levels = values(fields, q, "kyc_levels", v -> {
            try {
                return KycLevel.ofNumeric(Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                throw ValidationException.of("kyc_levels", "must be 0, 1, 2 or 3");
            }
        });
        // the seed's is_disabled means "include disabled": without it (or false) only customers not disabled are listed
        boolean includeDisabled = Boolean.TRUE.equals(fields.get("is_disabled",
                () -> QueryParameters.single(q, "is_disabled").map(CounterpartyMapper::bool).orElse(false)));
        Boolean disabled = includeDisabled ? null : Boolean.FALSE;
        BigDecimal minBalance = fields.get("min_balance_allowed", () -> QueryParameters.single(q, "min_balance_allowed").map(CounterpartyMapper::decimal).orElse(null));
        BigDecimal maxBalance = fields.get("max_balance_allowed", () -> QueryParameters.single(q, "max_balance_allowed").map(CounterpartyMapper::decimal).orElse(null));
        Set<String> phones = values(fields, q, "phone_numbers", v -> phone(v).value());
        Set<CustomerStatus> statuses = values(fields, q, "statuses", CounterpartyMapper::status);
        String search = fields.get("search_string", () -> QueryParameters.single(q, "search_string").orElse(null));
        Instant createdFrom = instant(fields, q, "min_created_at");
        Instant createdTo = instant(fields, q, "max_created_at");
        Instant updatedFrom = instant(fields, q, "min_updated_at");
        Instant updatedTo = instant(fields, q, "max_updated_at");
        Set<String> logins = values(fields, q, "logins", String::strip);
        Set<String> codes = values(fields, q, "balance_asset_codes", String::strip);
        Set<String> issuers = values(fields, q, "balance_asset_issuers", String::strip);
        Set<String> branches = values(fields, q, "branch_guids", String::strip);
        Set<String> names = values(fields, q, "names", String::strip);
        Set<String> paternalNames = values(fields, q, "paternal_names", String::strip);
        Set<String> segments = values(fields, q, "segments", String::strip);
        Set<String> surnames = values(fields, q, "surnames", String::strip);
        fields.throwIfAny();
        return CustomerFilter.builder().customerIds(ids).logins(logins).kycLevels(levels).disabled(disabled)
                .minBalanceAllowed(minBalance).maxBalanceAllowed(maxBalance).balanceAssetCodes(codes)
                .balanceAssetIssuers(issuers).branches(branches).names(names).paternalNames(paternalNames).phones(phones)
                .segments(segments).statuses(statuses).surnames(surnames).searchString(search).createdFrom(createdFrom)
                .createdTo(createdTo).updatedFrom(updatedFrom).updatedTo(updatedTo).build();
    }

    static CustomerOrdering ordering(Map<String, List<String>> q) {
        return QueryParameters.single(q, "ordering").map(v -> {
            for (CustomerOrdering o : CustomerOrdering.values()) {
                if (o.name().toLowerCase(Locale.ROOT).equals(v.strip().toLowerCase(Locale.ROOT))) {
                    return o;
                }
            }
            throw ValidationException.of("ordering", "must be one of " + orderings());
        }).orElse(CustomerOrdering.CREATED_AT_ASC);
    }

    static List<String> orderings() {
        return java.util.Arrays.stream(CustomerOrdering.values()).map(o -> o.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static <T> Set<T> values(FieldErrors fields, Map<String, List<String>> q, String name, Function<String, T> parse) {
        List<String> raw = new ArrayList<>();
        for (String value : q.getOrDefault(name, List.of())) {
            if (FREE_TEXT_FILTERS.contains(name)) {
                raw.add(value);
            } else {
                raw.addAll(List.of(value.split(",", -1)));
            }
        }
        Set<T> parsed = new LinkedHashSet<>();
        if (raw.size() > MAX_FILTER_VALUES) {
            fields.fail(name, "must not have more than " + MAX_FILTER_VALUES + " values");
            return parsed;
        }
        for (String value : raw) {
            if (value.isBlank()) {
                fields.fail(name, "must not contain an empty value");
                continue;
            }
            T item = fields.get(name, () -> parse.apply(value));
            if (item != null) {
                parsed.add(item);
            }
        }
        return parsed;
    }

    private static Instant instant(FieldErrors fields, Map<String, List<String>> q, String name) {
        return fields.get(name, () -> QueryParameters.single(q, name).map(v -> {
            try {
                return Instant.parse(v.strip());
            } catch (DateTimeParseException e) {
                throw ValidationException.of(name, "must be an ISO-8601 instant such as 2023-07-14T11:31:14Z");
            }
        }).orElse(null));
    }

    private static Boolean bool(String v) {
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw ValidationException.of("is_disabled", "must be true or false");
    }

    private static BigDecimal decimal(String v) {
        return Decimals.parse("balance", v);
    }

    static CustomerStatus status(String raw) {
        return Checks.enumValue(CustomerStatus.class, raw, "status");
    }

    /**
     * {@code +} or {@code 00} and the country calling code: E.164. Plain digits, as in the seed's
     * {@code 1124988888888888888888}: kept as sent, since the seed names no country to read them in.
     */
    static PhoneNumber phone(String raw) {
        String compact = raw == null ? null : raw.strip();
        if (compact != null && (compact.startsWith("+") || compact.startsWith("00"))) {
            return PhoneNumber.parse(raw, null);
        }
        return PhoneNumber.asSent(raw);
    }

    /** A name whose failures are named like the dialect's fields (name, surname, paternal_name). */
    private static PersonName personName(FieldErrors fields, String first, String last, String middle) {
        try {
            return new PersonName(first, last, middle);
        } catch (ValidationException e) {
            e.errors().forEach(err -> fields.fail(switch (err.field()) {
                case "lastName" -> "surname";
                case "middleName" -> "paternal_name";
                default -> "name";
            }, err.message()));
            return null;
        }
    }

    /** A branch GUID in its canonical lower-case form; the seed's own example ("text") shows any other id is kept as sent. */
    private static BranchRef branch(String raw) {
        try {
            return new BranchRef(Ids.parseUuid(raw, "branch_guid").toString());
        } catch (ValidationException notAGuid) {
            return new BranchRef(raw);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    // ---- responses ---------------------------------------------------------------------------------

    AccountDto account(AccountState a, CustomerState owner) {
        return new AccountDto(config.platform(), ACCOUNT_TYPE, a.id().toString(), a.id().toString(), owner.name().fullName(),
                1, List.of(asset(a)), a.status() == AccountStatus.ACTIVE, registered(owner), blocked(a, owner), text(a.iban()));
    }

    CreateCustomerResponse created(CustomerState customer, AccountState a) {
        return new CreateCustomerResponse(customer.id().toString(), config.platform(), ACCOUNT_TYPE, a.id().toString(),
                a.id().toString(), customer.name().fullName(), 1, List.of(asset(a)), a.status() == AccountStatus.ACTIVE,
                registered(customer), blocked(a, customer), text(a.iban()));
    }

    private AssetDto asset(AccountState a) {
        Asset asset = a.asset();
        return new AssetDto(a.status() == AccountStatus.ACTIVE, a.balance().amount(), config.platform(), asset.code().value(),
                text(asset.name()), text(asset.stellarCode()), text(asset.issuer()), asset.minorUnits());
    }

    private static boolean registered(CustomerState c) {
        return c.status() == CustomerStatus.ACTIVE;
    }

    private static boolean blocked(AccountState a, CustomerState c) {
        return a.status() == AccountStatus.BLOCKED || c.status() == CustomerStatus.BLOCKED || c.blacklisting() != null;
    }

    static CustomerDto customer(CustomerState c) {
        BalanceAllowance allowance = c.balanceAllowance();
        return new CustomerDto(c.id().toString(), text(c.counterparty()), identifier(c, Login.class), c.kyc().level().numeric(),
                c.disabled(), allowance == null ? BigDecimal.ZERO : allowance.amount().amount(),
                allowance == null ? "" : allowance.amount().currency().value(),
                allowance == null ? "" : text(allowance.assetIssuer()),
                text(c.branch()), "", text(c.name().first()), text(c.name().middle()), identifier(c, PhoneNumber.class),
                text(c.segment()), c.status().name().toLowerCase(Locale.ROOT), text(c.name().last()),
                c.createdAt().toString(), c.updatedAt().toString());
    }

    private static String identifier(CustomerState c, Class<? extends Identifier> type) {
        return c.identifiers().stream().filter(type::isInstance).map(Identifier::value).findFirst().orElse("");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
