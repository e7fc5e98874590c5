package dev.opencif.adapter.esb.interapi;

import dev.opencif.domain.account.Asset;
import dev.opencif.domain.shared.CountryCode;
import java.util.Objects;

/**
 * Settings of the inter-API digital-customer dialect: body limit, the region of national phone numbers
 * ({@code 5599999933} is Turkish) and the currency of {@code SalaryInfo}.
 */
public record InterApiConfig(int maxBodyBytes, CountryCode phoneRegion, Asset incomeCurrency) {
    /** 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /** The realm of AppKeys in the credentials port. */
    public static final String REALM = "interapi";

    public InterApiConfig {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        Objects.requireNonNull(phoneRegion, "phoneRegion");
        Objects.requireNonNull(incomeCurrency, "incomeCurrency");
    }

    /** 1 MiB bodies, Turkish phone numbers, salaries in TRY (2 minor units). */
    public static InterApiConfig defaults() {
        return new InterApiConfig(DEFAULT_MAX_BODY_BYTES, CountryCode.TR, Asset.currency("TRY", 2));
    }

    public InterApiConfig withMaxBodyBytes(int value) {
        return new InterApiConfig(value, phoneRegion, incomeCurrency);
    }
}
