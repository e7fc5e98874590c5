package dev.opencif.domain.nicenumber;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.account.AccountNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NiceNumberRulesTest {

    private static NiceTier tier(String number) {
        return NiceNumberRules.classify(new AccountNumber(number));
    }

    @ParameterizedTest(name = "{0} is PLATINUM: {1}")
    @CsvSource({
            "12888888,     six equal digits",
            "10777777772,  eight equal digits",
            "10234567,     ascending run of six",
            "98765432,     descending run of eight",
            "1012344321,   last eight digits mirrored",
            "5512655621,   last eight digits mirrored"
    })
    void platinum_examples(String number, String rule) {
        assertThat(tier(number)).isEqualTo(NiceTier.PLATINUM);
    }

    @ParameterizedTest(name = "{0} is GOLD: {1}")
    @CsvSource({
            "10777772,  five equal digits",
            "10345672,  ascending run of five",
            "10987652,  descending run of five",
            "10524747,  repeated pair block at the end",
            "10521368,  lucky suffix 1368",
            "10523979,  lucky suffix 3979",
            "10526868,  lucky suffix 6868"
    })
    void gold_examples(String number, String rule) {
        assertThat(tier(number)).isEqualTo(NiceTier.GOLD);
    }

    @ParameterizedTest(name = "{0} is SILVER: {1}")
    @CsvSource({
            "10222215,  four equal digits",
            "10234517,  ascending run of four",
            "10765417,  descending run of four",
            "10123321,  last six digits mirrored",
            "10527186,  lucky suffix 86",
            "10527168,  lucky suffix 68",
            "10524139,  lucky suffix 39",
            "10524179,  lucky suffix 79",
            "10524888,  lucky suffix 888",
            "10521666,  lucky suffix 666"
    })
    void silver_examples(String number, String rule) {
        assertThat(tier(number)).isEqualTo(NiceTier.SILVER);
    }

    @ParameterizedTest(name = "{0} is STANDARD")
    @CsvSource({"10527415", "1903124957", "20481357", "10524778"})
    void standard_examples(String number) {
        assertThat(tier(number)).isEqualTo(NiceTier.STANDARD);
    }

    @Test
    void a_pair_block_needs_two_different_digits() {
        // 4444 at the end is a run of four equal digits (SILVER), not a pair block (GOLD).
        assertThat(tier("10524444")).isEqualTo(NiceTier.SILVER);
    }

    @Test
    void the_strongest_rule_wins() {
        // Ends with the GOLD suffix 8888 but has a run of six equal digits.
        assertThat(tier("10888888")).isEqualTo(NiceTier.PLATINUM);
    }

    @Test
    void tiers_are_ordered_from_standard_to_platinum() {
        assertThat(NiceTier.PLATINUM).isGreaterThan(NiceTier.GOLD);
        assertThat(NiceTier.GOLD).isGreaterThan(NiceTier.SILVER);
        assertThat(NiceTier.SILVER).isGreaterThan(NiceTier.STANDARD);
    }

    @Test
    void longest_run_counts_equal_and_straight_digits() {
        assertThat(NiceNumberRules.longestRun("1222234", 0)).isEqualTo(4);
        assertThat(NiceNumberRules.longestRun("9123456", 1)).isEqualTo(6);
        assertThat(NiceNumberRules.longestRun("9876012", -1)).isEqualTo(4);
        assertThat(NiceNumberRules.longestRun("7", 0)).isEqualTo(1);
    }

    @Test
    void mirrored_needs_at_least_six_digits() {
        assertThat(NiceNumberRules.isMirrored("12321")).isFalse();
        assertThat(NiceNumberRules.isMirrored("123321")).isTrue();
        assertThat(NiceNumberRules.isMirrored("1234321")).isTrue();
        assertThat(NiceNumberRules.isMirrored("123421")).isFalse();
    }
}
