package dev.opencif.adapter.esb;

import dev.opencif.domain.account.Asset;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.shared.CountryCode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the ESB accountService dialect: body limit, the region of national phone numbers, the
 * currencies of current accounts (the first is the default and the currency of eKYC limits), the default
 * nice-number hold, the default size of a nice-number search, and the clock for {@code responseTime} and
 * eKYC verification times (the same clock the ports use).
 */
public record EsbConfig(int maxBodyBytes, CountryCode phoneRegion, List<Asset> accountAssets, Duration niceHoldDuration,
                        int niceSearchLimit, Clock clock) {
    /** 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /** The realm of ESB clients in the credentials port. */
    public static final String REALM = "esb";

    public EsbConfig {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        Objects.requireNonNull(phoneRegion, "phoneRegion");
        accountAssets = List.copyOf(accountAssets);
        if (accountAssets.isEmpty()) {
            throw new IllegalArgumentException("at least one account currency is needed");
        }
        Objects.requireNonNull(niceHoldDuration, "niceHoldDuration");
        if (niceHoldDuration.compareTo(NiceNumberHold.MIN_DURATION) < 0 || niceHoldDuration.compareTo(NiceNumberHold.MAX_DURATION) > 0) {
            throw new IllegalArgumentException("niceHoldDuration must be between 1 minute and 30 days");
        }
        if (niceSearchLimit < 1 || niceSearchLimit > 100) {
            throw new IllegalArgumentException("niceSearchLimit must be between 1 and 100");
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** 1 MiB bodies, Vietnamese phone numbers, VND current accounts (0 minor units), 24-hour holds, 10 numbers per search. */
    public static EsbConfig defaults(Clock clock) {
        return new EsbConfig(DEFAULT_MAX_BODY_BYTES, CountryCode.VN, List.of(Asset.currency("VND", 0)), Duration.ofHours(24),
                10, clock);
    }

    public EsbConfig withMaxBodyBytes(int value) {
        return new EsbConfig(value, phoneRegion, accountAssets, niceHoldDuration, niceSearchLimit, clock);
    }

    public EsbConfig withAccountAssets(List<Asset> value) {
        return new EsbConfig(maxBodyBytes, phoneRegion, value, niceHoldDuration, niceSearchLimit, clock);
    }

    /** The default currency of current accounts and of eKYC limits. */
    public Asset defaultAsset() {
        return accountAssets.get(0);
    }
}
