package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.CountryCode;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.Test;

class Iban4jIbanPortTest {

    @Test
    void issues_a_valid_lithuanian_iban_from_bank_code_and_padded_account_number() {
        Iban4jIbanPort port = new Iban4jIbanPort("LT", "60080", null);
        String iban = port.ibanFor(new AccountNumber("4012583760")).value();
        assertThat(iban).startsWith("LT").endsWith("6008004012583760").hasSize(20);
        IbanUtil.validate(iban);
        assertThat(port.accountLength()).isEqualTo(11);
    }

    @Test
    void issues_ibans_for_countries_with_a_branch_code() {
        Iban4jIbanPort port = new Iban4jIbanPort("gb", "NWBK", "601613");
        String iban = port.ibanFor(new AccountNumber("31926819")).value();
        assertThat(iban).isEqualTo("GB29NWBK60161331926819");
    }

    @Test
    void knows_its_own_ibans_by_country_and_bank_code() {
        Iban4jIbanPort port = new Iban4jIbanPort("LT", "60080", null);
        assertThat(port.belongsToThisBank(port.ibanFor(new AccountNumber("4012583760")))).isTrue();
        assertThat(port.belongsToThisBank(Iban.of(CountryCode.of("LT"), "6008099999999999"))).isTrue();
        assertThat(port.belongsToThisBank(Iban.of(CountryCode.of("LT"), "7300010123456789"))).isFalse();
        assertThat(port.belongsToThisBank(Iban.of(CountryCode.of("EE"), "6008099999999999"))).isFalse();
        assertThat(port.belongsToThisBank(Iban.of(CountryCode.of("LT"), "600809999999999999"))).as("not an LT length").isFalse();
        assertThat(port.belongsToThisBank(new Iban("DE89370400440532013000"))).isFalse();
    }

    @Test
    void knows_its_own_ibans_in_countries_with_a_branch_code_by_the_bank_code_alone() {
        Iban4jIbanPort port = new Iban4jIbanPort("GB", "NWBK", "601613");
        assertThat(port.belongsToThisBank(new Iban("GB29NWBK60161331926819"))).isTrue();
        assertThat(port.belongsToThisBank(Iban.of(CountryCode.of("GB"), "NWBK40000012345678"))).isTrue();
        assertThat(port.belongsToThisBank(new Iban("GB82WEST12345698765432"))).isFalse();
    }

    @Test
    void refuses_account_numbers_longer_than_the_country_allows() {
        Iban4jIbanPort port = new Iban4jIbanPort("LT", "60080", null);
        assertThatThrownBy(() -> port.ibanFor(new AccountNumber("123456789012")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 11 digits");
    }

    @Test
    void refuses_unknown_countries_and_bank_codes_that_do_not_fit_at_start() {
        assertThatThrownBy(() -> new Iban4jIbanPort("XX", "60080", null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bank.country XX");
        assertThatThrownBy(() -> new Iban4jIbanPort("VN", "1", null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bank.country VN");
        assertThatThrownBy(() -> new Iban4jIbanPort("LT", "ABC", null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("does not fit");
    }
}
