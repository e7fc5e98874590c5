package dev.opencif.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTypeTest {

    @ParameterizedTest
    @CsvSource({
            "NATIONAL_ID,      BANK_WIDE",
            "PHONE,            PER_COUNTERPARTY",
            "BANKING_USERNAME, BANK_WIDE",
            "LOGIN,            PER_COUNTERPARTY",
            "EMAIL,            NONE"
    })
    void each_type_has_its_uniqueness_rule(IdentifierType type, Uniqueness expected) {
        assertThat(type.uniqueness()).isEqualTo(expected);
    }

    @Test
    void every_type_has_a_uniqueness_rule() {
        for (IdentifierType type : IdentifierType.values()) {
            assertThat(type.uniqueness()).as(type.name()).isNotNull();
        }
    }

    @Test
    void each_identifier_reports_its_type() {
        assertThat(NationalId.passport(CountryCode.TR, "U1234567").type()).isEqualTo(IdentifierType.NATIONAL_ID);
        assertThat(new PhoneNumber("+84912345678").type()).isEqualTo(IdentifierType.PHONE);
        assertThat(new EmailAddress("a@b.co").type()).isEqualTo(IdentifierType.EMAIL);
        assertThat(new Login("abc").type()).isEqualTo(IdentifierType.LOGIN);
        assertThat(new BankingUsername("abcd").type()).isEqualTo(IdentifierType.BANKING_USERNAME);
    }

    @Test
    void fixed_country_kinds_name_their_issuer_and_passports_none() {
        assertThat(NationalIdKind.VN_CCCD.fixedCountry()).isEqualTo(CountryCode.VN);
        assertThat(NationalIdKind.VN_CMND.fixedCountry()).isEqualTo(CountryCode.VN);
        assertThat(NationalIdKind.TR_TCKN.fixedCountry()).isEqualTo(CountryCode.TR);
        assertThat(NationalIdKind.PASSPORT.fixedCountry()).isNull();
    }
}
