package dev.opencif.adapter.esb.accountservice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.dialect.json.JsonBodies;
import dev.opencif.dialect.json.ValueFields;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.NationalIdKind;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.CountryCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * Reading the fields of an ESB {@code data} object into domain values, each failure named by the caller's field path
 * ({@code data.cif}, {@code data.legalId}, …), with the dialect's settings (phone region, account currencies).
 */
final class EsbFields {
    private final EsbConfig config;
    private final ObjectMapper mapper;

    EsbFields(EsbConfig config, ObjectMapper mapper) {
        this.config = Objects.requireNonNull(config, "config");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    EsbConfig config() {
        return config;
    }

    <T> T bind(JsonNode node, Class<T> type, String prefix) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw JsonBodies.asValidation(e, prefix);
        } catch (JsonProcessingException e) {
            throw ValidationException.of(prefix, "could not be read");
        }
    }

    <T> T data(JsonNode node, Class<T> type) {
        return bind(node, type, "data");
    }

    static Address address(EsbDtos.AddressData a) {
        AddressType type = a.addressType() == null ? AddressType.REGISTERED
                : Checks.enumValue(AddressType.class, a.addressType(), "data.address.addressType");
        CountryCode country = a.country() == null ? CountryCode.VN : ValueFields.parse("data.address.country", () -> CountryCode.of(a.country()));
        String city = ValueFields.required(a.city(), "data.address.city");
        try {
            return new Address(AddressId.random(), type, country, city, a.district(), a.town(), a.street(), null, null, null,
                    null, null, a.detail(), null);
        } catch (ValidationException e) {
            throw ValueFields.translated(e, Map.of("address.city", "data.address.city", "address.district", "data.address.district",
                    "address.town", "data.address.town", "address.streetName", "data.address.street",
                    "address.detail", "data.address.detail"));
        }
    }

    static CustomerNumber cif(String value) {
        String raw = ValueFields.required(value, "data.cif");
        return ValueFields.parse("data.cif", () -> CustomerNumber.parse(raw));
    }

    static AccountNumber accountNo(String value) {
        String raw = ValueFields.required(value, "data.accountNo");
        return ValueFields.parse("data.accountNo", () -> new AccountNumber(raw));
    }

    static BankingUsername username(String value) {
        String raw = ValueFields.required(value, "data.username");
        return ValueFields.parse("data.username", () -> new BankingUsername(raw));
    }

    PhoneNumber phone(String value) {
        String raw = ValueFields.required(value, "data.phoneNumber");
        return ValueFields.parse("data.phoneNumber", () -> PhoneNumber.parse(raw, config.phoneRegion()));
    }

    /** A legal id: CCCD (12 digits) or CMND (9 digits) when no type is given, else CCCD, CMND, TCKN or PASSPORT. */
    static NationalId nationalId(String value, String type, String issuingCountry) {
        String raw = ValueFields.required(value, "data.legalId");
        if (type == null || type.isBlank()) {
            return ValueFields.parse("data.legalId", () -> NationalId.vietnamese(raw));
        }
        String kind = oneOf(type, "data.legalIdType", "CCCD", "CMND", "TCKN", "PASSPORT");
        switch (kind) {
            case "CCCD":
                return ValueFields.parse("data.legalId", () -> new NationalId(NationalIdKind.VN_CCCD, CountryCode.VN, raw));
            case "CMND":
                return ValueFields.parse("data.legalId", () -> new NationalId(NationalIdKind.VN_CMND, CountryCode.VN, raw));
            case "TCKN":
                return ValueFields.parse("data.legalId", () -> NationalId.turkish(raw));
            default:
                String issuer = ValueFields.required(issuingCountry, "data.issuingCountry");
                CountryCode country = ValueFields.parse("data.issuingCountry", () -> CountryCode.of(issuer));
                return ValueFields.parse("data.legalId", () -> NationalId.passport(country, raw));
        }
    }

    Asset asset(String currency) {
        if (currency == null || currency.isBlank()) {
            return config.defaultAsset();
        }
        return config.accountAssets().stream()
                .filter(a -> a.code().value().equalsIgnoreCase(currency.strip()))
                .findFirst()
                .orElseThrow(() -> ValidationException.of("data.currency", "must be one of "
                        + config.accountAssets().stream().map(a -> a.code().value()).toList()));
    }

    static String oneOf(String value, String field, String... allowed) {
        String normalised = value.strip().toUpperCase(java.util.Locale.ROOT);
        for (String candidate : allowed) {
            if (candidate.equals(normalised)) {
                return candidate;
            }
        }
        throw ValidationException.of(field, "must be one of " + String.join(", ", allowed));
    }

    static Instant instant(String value, String field) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be an ISO-8601 time with offset, such as 2026-01-15T16:00:00+07:00");
        }
    }

    static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be a date such as 1995-08-21");
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
