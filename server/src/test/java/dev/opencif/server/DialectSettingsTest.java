package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.adapter.esb.interapi.InterApiConfig;
import dev.opencif.adapter.rest.callaction.CallActionConfig;
import dev.opencif.domain.shared.CountryCode;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The dialect settings the docs name are read from the configuration file; a wrong value names its key. */
class DialectSettingsTest {
    private static DialectSettings settings(String properties) {
        return new DialectSettings(ConfigFile.parseProperties(properties, "test.properties"));
    }

    @Test
    void without_settings_every_dialect_keeps_its_documented_defaults_and_is_mounted() {
        DialectSettings none = settings("");
        EsbConfig esb = none.esb(4096, Clock.systemUTC());
        assertThat(esb.phoneRegion()).isEqualTo(CountryCode.VN);
        assertThat(esb.defaultAsset().code().value()).isEqualTo("VND");
        assertThat(esb.maxBodyBytes()).isEqualTo(4096);
        assertThat(none.interApi(4096)).isEqualTo(InterApiConfig.defaults().withMaxBodyBytes(4096));
        assertThat(none.callAction(4096)).isEqualTo(CallActionConfig.defaults().withMaxBodyBytes(4096));
        for (Dialect dialect : Dialect.values()) {
            assertThat(none.enabled(dialect)).as(dialect.key()).isTrue();
        }
    }

    @Test
    void esb_takes_its_phone_region_and_account_currencies_with_their_iso_minor_units() {
        EsbConfig esb = settings("esb.phone-region=tr\nesb.currencies=USD, JPY,BHD").esb(4096, Clock.systemUTC());
        assertThat(esb.phoneRegion()).isEqualTo(CountryCode.TR);
        assertThat(esb.accountAssets()).extracting(a -> a.code().value() + "/" + a.minorUnits())
                .containsExactly("USD/2", "JPY/0", "BHD/3");
        assertThat(esb.defaultAsset().code().value()).isEqualTo("USD");
    }

    @Test
    void inter_api_and_call_action_take_their_phone_region_and_currency() {
        DialectSettings s = settings("interapi.phone-region=DE\ninterapi.income-currency=EUR\n"
                + "callaction.phone-region=MD\ncallaction.currency=RON");
        assertThat(s.interApi(4096).phoneRegion()).isEqualTo(CountryCode.of("DE"));
        assertThat(s.interApi(4096).incomeCurrency().code().value()).isEqualTo("EUR");
        assertThat(s.interApi(4096).incomeCurrency().minorUnits()).isEqualTo(2);
        assertThat(s.callAction(4096).defaultPhoneRegion()).isEqualTo(CountryCode.of("MD"));
        assertThat(s.callAction(4096).defaultCurrency().value()).isEqualTo("RON");
    }

    @Test
    void a_value_that_is_not_a_country_or_currency_stops_the_start_naming_the_key() {
        assertThatThrownBy(() -> settings("esb.phone-region=Vietnam").esb(4096, Clock.systemUTC()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("esb.phone-region must be an ISO 3166 alpha-2");
        assertThatThrownBy(() -> settings("interapi.phone-region=XX").interApi(4096))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("interapi.phone-region");
        assertThatThrownBy(() -> settings("esb.currencies=VND,dong").esb(4096, Clock.systemUTC()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("esb.currencies must hold ISO 4217");
        assertThatThrownBy(() -> settings("callaction.currency=LEU").callAction(4096))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("callaction.currency");
    }

    @Test
    void a_dialect_is_switched_off_only_by_an_explicit_false() {
        DialectSettings s = settings("counterparty.enabled=false\nblink.enabled=TRUE");
        assertThat(s.enabled(Dialect.COUNTERPARTY)).isFalse();
        assertThat(s.enabled(Dialect.BLINK)).isTrue();
        assertThatThrownBy(() -> settings("esb.enabled=off").enabled(Dialect.ESB))
                .isInstanceOf(ConfigException.class).hasMessage("esb.enabled must be true or false, got off");
    }
}
