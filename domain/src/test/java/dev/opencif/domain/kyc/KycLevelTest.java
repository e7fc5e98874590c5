package dev.opencif.domain.kyc;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KycLevelTest {

    static Stream<Arguments> capabilities() {
        return Stream.of(
                Arguments.of(KycLevel.NONE, EnumSet.of(KycCapability.HOLD_EMONEY_WALLET)),
                Arguments.of(KycLevel.EKYC, EnumSet.of(KycCapability.HOLD_EMONEY_WALLET, KycCapability.OPEN_PAYMENT_ACCOUNT,
                        KycCapability.ONLINE_BANKING)),
                Arguments.of(KycLevel.STANDARD, EnumSet.allOf(KycCapability.class)),
                Arguments.of(KycLevel.ENHANCED, EnumSet.allOf(KycCapability.class)));
    }

    @ParameterizedTest
    @MethodSource("capabilities")
    void each_level_allows_exactly_its_capabilities(KycLevel level, Set<KycCapability> expected) {
        Set<KycCapability> allowed = Arrays.stream(KycCapability.values()).filter(level::allows)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(KycCapability.class)));

        assertThat(allowed).isEqualTo(expected);
    }

    @Test
    void levels_are_ordered_by_their_numeric_form() {
        assertThat(KycLevel.NONE.numeric()).isZero();
        assertThat(KycLevel.EKYC.numeric()).isEqualTo(1);
        assertThat(KycLevel.STANDARD.numeric()).isEqualTo(2);
        assertThat(KycLevel.ENHANCED.numeric()).isEqualTo(3);
    }

    @Test
    void is_at_least_compares_levels() {
        assertThat(KycLevel.STANDARD.isAtLeast(KycLevel.EKYC)).isTrue();
        assertThat(KycLevel.STANDARD.isAtLeast(KycLevel.STANDARD)).isTrue();
        assertThat(KycLevel.EKYC.isAtLeast(KycLevel.STANDARD)).isFalse();
        assertThat(KycLevel.NONE.isAtLeast(KycLevel.EKYC)).isFalse();
        assertThat(KycLevel.ENHANCED.isAtLeast(KycLevel.NONE)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(KycLevel.class)
    void of_numeric_round_trips(KycLevel level) {
        assertThat(KycLevel.ofNumeric(level.numeric())).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4, 99})
    void of_numeric_rejects_unknown_levels(int numeric) {
        assertValidationFails(() -> KycLevel.ofNumeric(numeric), "kycLevel");
    }

    @Test
    void only_ekyc_has_an_account_limit() {
        assertThat(Arrays.stream(KycLevel.values()).filter(KycLevel::hasAccountLimit)).containsExactly(KycLevel.EKYC);
    }
}
