package dev.opencif.domain.nicenumber;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.nicenumber.NicePattern.Kind;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NiceNumberCandidatesTest {

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of(Kind.SUFFIX, "68", 10, 20),
                Arguments.of(Kind.SUFFIX, "6868", 12, 50),
                Arguments.of(Kind.SUFFIX, "0", 8, 30),
                Arguments.of(Kind.SUFFIX, "12", 20, 100),
                Arguments.of(Kind.SUFFIX, "7", 20, 100),
                Arguments.of(Kind.SUFFIX, "123", 20, 500),
                Arguments.of(Kind.PREFIX, "99", 10, 20),
                Arguments.of(Kind.PREFIX, "1903", 13, 100),
                Arguments.of(Kind.PREFIX, "12", 20, 100),
                Arguments.of(Kind.CONTAINS, "2024", 10, 40),
                Arguments.of(Kind.CONTAINS, "55", 20, 100),
                Arguments.of(Kind.REPEATED, "8888", 10, 25),
                Arguments.of(Kind.REPEATED, "000", 8, 25),
                Arguments.of(Kind.SUFFIX, "68", 6, 10_000));
    }

    @ParameterizedTest(name = "{0} {1}, length {2}, limit {3}")
    @MethodSource("searches")
    void candidates_match_have_the_length_no_leading_zero_and_are_distinct(Kind kind, String digits, int length, int limit) {
        NicePattern pattern = new NicePattern(kind, digits);

        List<AccountNumber> candidates = NiceNumberCandidates.generate(pattern, length, limit);

        assertThat(candidates).isNotEmpty().hasSizeLessThanOrEqualTo(limit).doesNotHaveDuplicates();
        assertThat(candidates).allSatisfy(n -> {
            assertThat(pattern.matches(n)).as("%s matches", n).isTrue();
            assertThat(n.value()).hasSize(length).doesNotStartWith("0");
        });
    }

    @ParameterizedTest(name = "{0} {1}, length {2}, limit {3}")
    @MethodSource("searches")
    void candidates_come_nicest_first_then_by_number(Kind kind, String digits, int length, int limit) {
        List<AccountNumber> candidates = NiceNumberCandidates.generate(new NicePattern(kind, digits), length, limit);

        assertThat(candidates).isSortedAccordingTo(
                Comparator.comparing(NiceNumberRules::classify).reversed().thenComparing(Comparator.naturalOrder()));
    }

    @ParameterizedTest(name = "{0} {1}, length {2}, limit {3}")
    @MethodSource("searches")
    void generation_is_deterministic(Kind kind, String digits, int length, int limit) {
        NicePattern pattern = new NicePattern(kind, digits);

        assertThat(NiceNumberCandidates.generate(pattern, length, limit))
                .isEqualTo(NiceNumberCandidates.generate(new NicePattern(kind, digits), length, limit));
    }

    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {6, 7, 8, 9, 10, 12, 14, 16, 17, 18, 19, 20})
    void every_pattern_size_gives_well_formed_candidates_at_every_length(int length) {
        for (Kind kind : List.of(Kind.SUFFIX, Kind.PREFIX, Kind.CONTAINS)) {
            for (String digits : List.of("9", "68", "123", "6868", "20245")) {
                NicePattern pattern = new NicePattern(kind, digits);

                List<AccountNumber> candidates = NiceNumberCandidates.generate(pattern, length, 300);

                assertThat(candidates).as("%s %s", kind, digits).isNotEmpty().doesNotHaveDuplicates()
                        .allSatisfy(n -> {
                            assertThat(n.value()).hasSize(length).doesNotStartWith("0");
                            assertThat(pattern.matches(n)).isTrue();
                        });
            }
        }
    }

    @Test
    void fills_the_limit_when_enough_numbers_exist() {
        assertThat(NiceNumberCandidates.generate(new NicePattern(Kind.SUFFIX, "68"), 10, 20)).hasSize(20);
    }

    @Test
    void the_nicest_candidates_lead() {
        List<AccountNumber> candidates = NiceNumberCandidates.generate(new NicePattern(Kind.SUFFIX, "68"), 10, 10);

        assertThat(NiceNumberRules.classify(candidates.get(0))).isEqualTo(NiceTier.PLATINUM);
    }

    @Test
    void a_smaller_limit_gives_a_prefix_of_the_nicest_tier() {
        NicePattern pattern = new NicePattern(Kind.SUFFIX, "68");

        List<AccountNumber> five = NiceNumberCandidates.generate(pattern, 10, 5);

        assertThat(five).hasSize(5).allSatisfy(n -> assertThat(NiceNumberRules.classify(n)).isEqualTo(NiceTier.PLATINUM));
    }

    @Test
    void exact_returns_the_number_itself_when_the_length_fits() {
        assertThat(NiceNumberCandidates.generate(new NicePattern(Kind.EXACT, "1903126868"), 10, 5))
                .containsExactly(new AccountNumber("1903126868"));
    }

    @Test
    void exact_returns_nothing_for_another_length_or_a_leading_zero() {
        assertThat(NiceNumberCandidates.generate(new NicePattern(Kind.EXACT, "1903126868"), 12, 5)).isEmpty();
        assertThat(NiceNumberCandidates.generate(new NicePattern(Kind.EXACT, "0903126868"), 10, 5)).isEmpty();
    }

    @Test
    void a_pattern_longer_than_the_length_gives_nothing() {
        assertThat(NiceNumberCandidates.generate(new NicePattern(Kind.CONTAINS, "1234567"), 6, 5)).isEmpty();
    }

    @Test
    void a_prefix_of_zero_gives_nothing() {
        assertThat(NiceNumberCandidates.generate(new NicePattern(Kind.PREFIX, "0"), 10, 5)).isEmpty();
    }

    @Test
    void a_pattern_as_long_as_the_number_is_placed_as_is() {
        assertThat(NiceNumberCandidates.generate(new NicePattern(Kind.SUFFIX, "123456"), 6, 5))
                .containsExactly(new AccountNumber("123456"));
    }

    @Test
    void rejects_length_outside_six_to_twenty() {
        NicePattern pattern = new NicePattern(Kind.SUFFIX, "68");

        assertValidationFails(() -> NiceNumberCandidates.generate(pattern, 5, 10), "length");
        assertValidationFails(() -> NiceNumberCandidates.generate(pattern, 21, 10), "length");
    }

    @Test
    void rejects_limit_outside_one_to_ten_thousand() {
        NicePattern pattern = new NicePattern(Kind.SUFFIX, "68");

        assertValidationFails(() -> NiceNumberCandidates.generate(pattern, 10, 0), "limit");
        assertValidationFails(() -> NiceNumberCandidates.generate(pattern, 10, 10_001), "limit");
    }

    @Test
    void requires_a_pattern() {
        assertValidationFails(() -> NiceNumberCandidates.generate(null, 10, 10), "pattern");
    }
}
