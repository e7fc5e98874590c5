package dev.opencif.server;

import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.adapter.esb.interapi.InterApiConfig;
import dev.opencif.adapter.rest.callaction.CallActionConfig;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.CountryCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-dialect settings of the configuration file: whether a dialect is mounted ({@code <dialect>.enabled}) and
 * the regions and currencies the dialect documents as configurable. A value that is not understood stops the start
 * with the key's name.
 */
final class DialectSettings {
    private final ConfigFile settings;

    DialectSettings(ConfigFile settings) {
        this.settings = settings;
    }

    /** {@code <dialect>.enabled}: true unless set to {@code false}. */
    boolean enabled(Dialect dialect) {
        String key = dialect.key() + ".enabled";
        return settings.get(key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(key + " must be true or false, got " + ConfigException.shown(v));
        }).orElse(true);
    }

    /** ESB: {@code esb.phone-region} (ISO 3166 alpha-2) and {@code esb.currencies} (ISO 4217 codes, the first the default). */
    EsbConfig esb(int maxBody, Clock clock) {
        EsbConfig defaults = EsbConfig.defaults(clock).withMaxBodyBytes(maxBody);
        List<Asset> currencies = new ArrayList<>();
        for (String code : settings.list("esb.currencies")) {
            currencies.add(currencyAsset("esb.currencies", code));
        }
        return new EsbConfig(maxBody, region("esb.phone-region").orElse(defaults.phoneRegion()),
                currencies.isEmpty() ? defaults.accountAssets() : currencies, defaults.niceHoldDuration(),
                defaults.niceSearchLimit(), clock);
    }

    /** inter-API: {@code interapi.phone-region} and {@code interapi.income-currency}. */
    InterApiConfig interApi(int maxBody) {
        InterApiConfig defaults = InterApiConfig.defaults();
        Asset income = settings.get("interapi.income-currency").map(code -> currencyAsset("interapi.income-currency", code))
                .orElse(defaults.incomeCurrency());
        return new InterApiConfig(maxBody, region("interapi.phone-region").orElse(defaults.phoneRegion()), income);
    }

    /** callAction: {@code callaction.phone-region}, {@code callaction.currency} and {@code callaction.id-country}. */
    CallActionConfig callAction(int maxBody) {
        CallActionConfig defaults = CallActionConfig.defaults();
        AssetCode currency = settings.get("callaction.currency")
                .map(code -> currencyAsset("callaction.currency", code).code())
                .orElse(defaults.defaultCurrency());
        return new CallActionConfig(maxBody, currency, region("callaction.phone-region").orElse(defaults.defaultPhoneRegion()),
                region("callaction.id-country").orElse(defaults.defaultIdCountry()));
    }

    private Optional<CountryCode> region(String key) {
        return settings.get(key).map(value -> {
            String code = value.strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}") || !java.util.Set.of(Locale.getISOCountries()).contains(code)) {
                throw new ConfigException(key + " must be an ISO 3166 alpha-2 country code such as TR or VN, got "
                        + ConfigException.shown(value));
            }
            return CountryCode.of(code);
        });
    }

    /** An ISO 4217 currency with its standard minor units (JPY 0, EUR 2, BHD 3). */
    private static Asset currencyAsset(String key, String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        try {
            Currency currency = Currency.getInstance(code);
            int minor = Math.max(0, currency.getDefaultFractionDigits());
            return Asset.currency(currency.getCurrencyCode(), minor);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + " must hold ISO 4217 currency codes such as EUR or VND, got "
                    + ConfigException.shown(value), e);
        }
    }
}
