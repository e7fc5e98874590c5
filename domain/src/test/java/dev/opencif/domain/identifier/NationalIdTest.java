package dev.opencif.domain.identifier;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    @Test
    void accepts_twelve_digit_cccd_and_fills_in_vietnam() {
        NationalId id = new NationalId(NationalIdKind.VN_CCCD, null, "001099012345");

        assertThat(id.country()).isEqualTo(CountryCode.VN);
        assertThat(id.value()).isEqualTo("001099012345");
        assertThat(id.type()).isEqualTo(IdentifierType.NATIONAL_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00109901234", "0010990123456", "00109901234A", "0010-9901234"})
    void rejects_cccd_that_is_not_twelve_digits(String value) {
        ValidationException e = assertValidationFails(() -> new NationalId(NationalIdKind.VN_CCCD, null, value), "nationalId.value");
        assertThat(e.getMessage()).contains("12 digits");
    }

    @Test
    void accepts_nine_digit_cmnd() {
        assertThat(new NationalId(NationalIdKind.VN_CMND, CountryCode.VN, "123456789").value()).isEqualTo("123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890", "12345678X"})
    void rejects_cmnd_that_is_not_nine_digits(String value) {
        assertValidationFails(() -> new NationalId(NationalIdKind.VN_CMND, null, value), "nationalId.value");
    }

    @Test
    void vietnamese_picks_cmnd_for_nine_digits() {
        assertThat(NationalId.vietnamese("123456789").kind()).isEqualTo(NationalIdKind.VN_CMND);
    }

    @Test
    void vietnamese_picks_cccd_for_twelve_digits() {
        NationalId id = NationalId.vietnamese(" 001099012345 ");

        assertThat(id.kind()).isEqualTo(NationalIdKind.VN_CCCD);
        assertThat(id.value()).isEqualTo("001099012345");
    }

    @Test
    void vietnamese_rejects_other_lengths_as_invalid_cccd() {
        ValidationException e = assertValidationFails(() -> NationalId.vietnamese("1234567890"), "nationalId.value");
        assertThat(e.getMessage()).contains("CCCD");
    }

    @Test
    void vietnamese_requires_a_value() {
        assertValidationFails(() -> NationalId.vietnamese(null), "nationalId.value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"63021011790", "17453821786"})
    void accepts_the_seed_tckns(String tckn) {
        NationalId id = NationalId.turkish(tckn);

        assertThat(id.kind()).isEqualTo(NationalIdKind.TR_TCKN);
        assertThat(id.country()).isEqualTo(CountryCode.TR);
        assertThat(id.value()).isEqualTo(tckn);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "63021011780", // tenth digit changed
            "63021011791", // eleventh digit changed
            "17453821787", // eleventh digit changed
            "17453821776", // tenth digit changed
            "63021011709", // check digits swapped
            "36021011790", // leading digits swapped
            "11111111111"  // repeated digits, sums do not fit
    })
    void rejects_tckn_with_wrong_check_digit(String tckn) {
        ValidationException e = assertValidationFails(() -> NationalId.turkish(tckn), "nationalId.value");
        assertThat(e.getMessage()).contains("check digits");
    }

    @Test
    void rejects_tckn_with_leading_zero_even_when_the_checksums_hold() {
        // 0,3,0,2,1,0,1,1,7 give tenth digit (9*7-6) mod 10 = 7 and eleventh digit 22 mod 10 = 2.
        assertValidationFails(() -> NationalId.turkish("03021011772"), "nationalId.value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6302101179", "630210117901", "6302101179A"})
    void rejects_tckn_that_is_not_eleven_digits(String tckn) {
        ValidationException e = assertValidationFails(() -> NationalId.turkish(tckn), "nationalId.value");
        assertThat(e.getMessage()).contains("11 digits");
    }

    @Test
    void passport_needs_an_issuing_country() {
        assertValidationFails(() -> new NationalId(NationalIdKind.PASSPORT, null, "C01X00T47"), "nationalId.country");
    }

    @Test
    void passport_number_is_upper_cased_and_kept_with_its_country() {
        NationalId id = NationalId.passport(CountryCode.of("DE"), " c01x00t47 ");

        assertThat(id.value()).isEqualTo("C01X00T47");
        assertThat(id.country()).isEqualTo(new CountryCode("DE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C01X", "C01X-00T47", "C01X00T47C01X00T47C01", ""})
    void rejects_malformed_passport_number(String number) {
        assertValidationFails(() -> NationalId.passport(CountryCode.TR, number), "nationalId.value");
    }

    @Test
    void rejects_country_that_contradicts_a_fixed_country_kind() {
        ValidationException e = assertValidationFails(
                () -> new NationalId(NationalIdKind.VN_CCCD, CountryCode.TR, "001099012345"), "nationalId.country");
        assertThat(e.getMessage()).contains("VN");
        assertValidationFails(() -> new NationalId(NationalIdKind.TR_TCKN, CountryCode.VN, "63021011790"), "nationalId.country");
    }

    @Test
    void accepts_the_matching_fixed_country() {
        assertThat(new NationalId(NationalIdKind.TR_TCKN, CountryCode.TR, "63021011790").country()).isEqualTo(CountryCode.TR);
    }

    @Test
    void requires_kind_and_value() {
        assertValidationFails(() -> new NationalId(null, CountryCode.VN, "001099012345"), "nationalId.kind");
        assertValidationFails(() -> new NationalId(NationalIdKind.VN_CCCD, CountryCode.VN, null), "nationalId.value");
    }

    @Test
    void unique_key_combines_kind_country_and_value() {
        assertThat(NationalId.turkish("63021011790").uniqueKey()).isEqualTo("TR_TCKN:TR:63021011790");
        assertThat(NationalId.passport(CountryCode.of("de"), "C01X00T47").uniqueKey()).isEqualTo("PASSPORT:DE:C01X00T47");
    }

    @Test
    void same_number_in_different_passport_countries_is_a_different_identity() {
        assertThat(NationalId.passport(CountryCode.TR, "U12345678").uniqueKey())
                .isNotEqualTo(NationalId.passport(CountryCode.VN, "U12345678").uniqueKey());
    }

    @Test
    void to_string_masks_all_but_the_last_four_characters() {
        NationalId id = NationalId.turkish("63021011790");

        assertThat(id.toString()).isEqualTo("TR_TCKN:TR:*******1790").doesNotContain("63021011790");
        assertThat(NationalId.vietnamese("001099012345").toString()).doesNotContain("001099012345").endsWith("2345");
    }

    @Test
    void equal_values_are_equal_identifiers() {
        assertThat(NationalId.turkish("63021011790")).isEqualTo(new NationalId(NationalIdKind.TR_TCKN, null, " 63021011790 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1960503400011", "2851225401236", "5000101400119"})
    void accepts_romanian_cnps_with_a_birth_date_and_check_digit(String cnp) {
        NationalId id = NationalId.romanian(cnp);
        assertThat(id.kind()).isEqualTo(NationalIdKind.RO_CNP);
        assertThat(id.country()).isEqualTo(CountryCode.of("RO"));
        assertThat(id.uniqueKey()).isEqualTo("RO_CNP:RO:" + cnp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1960503400012", "0960503400011", "1961303400015", "196050340001", "19605034000111", "196O503400011"})
    void rejects_cnps_with_a_wrong_check_digit_month_length_or_letters(String cnp) {
        assertValidationFails(() -> NationalId.romanian(cnp), "nationalId.value");
    }

    @Test
    void of_country_picks_the_kind_opencif_validates_for_it_and_a_general_national_id_elsewhere() {
        assertThat(NationalId.of(CountryCode.of("RO"), "1960503400011").kind()).isEqualTo(NationalIdKind.RO_CNP);
        assertThat(NationalId.of(CountryCode.TR, "10000000146").kind()).isEqualTo(NationalIdKind.TR_TCKN);
        assertThat(NationalId.of(CountryCode.VN, "123456789").kind()).isEqualTo(NationalIdKind.VN_CMND);
        NationalId moldovan = NationalId.of(CountryCode.of("MD"), "2001234567890");
        assertThat(moldovan.kind()).isEqualTo(NationalIdKind.NATIONAL);
        assertThat(moldovan.uniqueKey()).isEqualTo("NATIONAL:MD:2001234567890");
        assertValidationFails(() -> NationalId.of(CountryCode.of("MD"), "12"), "nationalId.value");
        assertValidationFails(() -> NationalId.of(CountryCode.of("RO"), "10000000146"), "nationalId.value");
    }
}
