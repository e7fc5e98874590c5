package dev.opencif.domain.account;

import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The currency or e-money asset an account holds: code, optional issuer (a Stellar account id,
 * {@code G} and 55 base-32 characters, for e-money), minor units, display name and Stellar code.
 */
public record Asset(AssetCode code, String issuer, int minorUnits, String name, String stellarCode) {
    private static final Pattern STELLAR_ACCOUNT = Pattern.compile("G[A-Z2-7]{55}");

    public Asset {
        Checks.required(code, "assetCode");
        if (issuer != null) {
            issuer = issuer.strip();
            Checks.matches(issuer, STELLAR_ACCOUNT, "assetIssuer", "a Stellar account id: G followed by 55 characters A-Z or 2-7");
        }
        Checks.that(minorUnits >= 0 && minorUnits <= 8, "minorUnit", "must be between 0 and 8");
        name = Checks.optionalText(name, "assetName", 100);
        stellarCode = Checks.optionalText(stellarCode, "stellarCode", 12);
    }

    /** A plain currency without issuer, e.g. {@code VND} with 0 minor units. */
    public static Asset currency(String code, int minorUnits) {
        return new Asset(AssetCode.of(code), null, minorUnits, null, null);
    }

    public Money zero() {
        return new Money(BigDecimal.ZERO, code, minorUnits);
    }

    public Money amount(BigDecimal value) {
        return new Money(value, code, minorUnits);
    }

    /** Same code and issuer: the key of "one account per asset per customer". */
    public boolean sameAssetAs(Asset other) {
        return code.equals(other.code) && java.util.Objects.equals(issuer, other.issuer);
    }
}
