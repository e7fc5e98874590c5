package dev.opencif.adapter.rest.callaction;

import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.CountryCode;
import java.util.Objects;

/**
 * Settings of the callAction endpoint: the largest accepted body, the currency of an application
 * {@code amount} sent without {@code currency}, the region of a {@code mobilePhone} sent without
 * its country calling code, and the country of a {@code UniqueID} sent without {@code UniqueIDCountry} that is not
 * recognisable by its form.
 */
public record CallActionConfig(int maxBodyBytes, AssetCode defaultCurrency, CountryCode defaultPhoneRegion,
                               CountryCode defaultIdCountry) {
    /** 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public CallActionConfig {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        Objects.requireNonNull(defaultPhoneRegion, "defaultPhoneRegion");
        Objects.requireNonNull(defaultIdCountry, "defaultIdCountry");
    }

    /** 1 MiB bodies, EUR amounts, Romanian national phone numbers and national ids (FintechOS's home market). */
    public static CallActionConfig defaults() {
        return new CallActionConfig(DEFAULT_MAX_BODY_BYTES, AssetCode.of("EUR"), CountryCode.of("RO"), CountryCode.of("RO"));
    }

    public CallActionConfig withMaxBodyBytes(int bytes) {
        return new CallActionConfig(bytes, defaultCurrency, defaultPhoneRegion, defaultIdCountry);
    }
}
