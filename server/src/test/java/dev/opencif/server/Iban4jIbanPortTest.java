package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.error.ValidationException;
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
