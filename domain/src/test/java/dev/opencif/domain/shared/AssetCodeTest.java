package dev.opencif.domain.shared;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssetCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"VND", "UAH", "eUAH", "X", "ABCDEF123456"})
    void accepts_currency_and_e_money_codes(String code) {
        assertThat(new AssetCode(code)).hasToString(code);
    }

    @Test
    void of_strips_whitespace_and_keeps_case() {
        assertThat(AssetCode.of(" eUAH ").value()).isEqualTo("eUAH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABCDEF1234567", "US D", "U$D", "€"})
    void rejects_malformed_codes(String code) {
        assertValidationFails(() -> AssetCode.of(code), "assetCode");
    }

    @Test
    void rejects_missing_code() {
        assertValidationFails(() -> AssetCode.of(null), "assetCode");
    }
}
