package dev.opencif.domain.account;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.shared.AssetCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssetTest {
    static final String ISSUER_1 = "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN2E";
    static final String ISSUER_2 = "GBWUVXEBXYAJITVDD6PEZAY4SBBEAOQFVPFJC4PKTWBNIZXSTSAH7LML";

    @ParameterizedTest
    @ValueSource(strings = {ISSUER_1, ISSUER_2})
    void accepts_the_seed_stellar_issuers(String issuer) {
        assertThat(new Asset(AssetCode.of("eUAH"), issuer, 2, "e-hryvnia", "EUAH").issuer()).isEqualTo(issuer);
    }

    @Test
    void strips_the_issuer() {
        assertThat(new Asset(AssetCode.of("eUAH"), " " + ISSUER_1 + " ", 2, null, null).issuer()).isEqualTo(ISSUER_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN2E", // secret-key prefix
            "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN2",  // 55 characters
            "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN2EA", // 57 characters
            "gdqqy7wxgk5jzjqhly7gmnzocj2qvg3znhdt4wycnju6zg53rvxzpn2e", // lower case
            "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN21", // 1 is not base-32
            "GDQQY7WXGK5JZJQHLY7GMNZOCJ2QVG3ZNHDT4WYCNJU6ZG53RVXZPN28", // 8 is not base-32
            ""
    })
    void rejects_issuers_that_are_not_stellar_account_ids(String issuer) {
        assertValidationFails(() -> new Asset(AssetCode.of("eUAH"), issuer, 2, null, null), "assetIssuer");
    }

    @Test
    void currency_has_no_issuer() {
        Asset vnd = Asset.currency("VND", 0);

        assertThat(vnd.issuer()).isNull();
        assertThat(vnd.zero().amount()).isEqualByComparingTo("0");
        assertThat(vnd.zero().currency()).isEqualTo(AssetCode.of("VND"));
    }

    @Test
    void rejects_minor_units_outside_zero_to_eight() {
        assertValidationFails(() -> Asset.currency("VND", -1), "minorUnit");
        assertValidationFails(() -> Asset.currency("VND", 9), "minorUnit");
    }

    @Test
    void requires_a_code() {
        assertValidationFails(() -> new Asset(null, null, 2, null, null), "assetCode");
    }

    @Test
    void amount_is_held_at_the_asset_minor_units() {
        Asset usd = Asset.currency("USD", 2);

        assertThat(usd.amount(new BigDecimal("12.3")).amount().toPlainString()).isEqualTo("12.30");
        assertValidationFails(() -> usd.amount(new BigDecimal("12.345")), "amount");
    }

    @Test
    void same_asset_means_same_code_and_issuer() {
        Asset a = new Asset(AssetCode.of("eUAH"), ISSUER_1, 2, "one", null);

        assertThat(a.sameAssetAs(new Asset(AssetCode.of("eUAH"), ISSUER_1, 2, "other name", null))).isTrue();
        assertThat(a.sameAssetAs(new Asset(AssetCode.of("eUAH"), ISSUER_2, 2, null, null))).isFalse();
        assertThat(a.sameAssetAs(new Asset(AssetCode.of("eUAH"), null, 2, null, null))).isFalse();
        assertThat(a.sameAssetAs(new Asset(AssetCode.of("UAH"), ISSUER_1, 2, null, null))).isFalse();
    }
}
