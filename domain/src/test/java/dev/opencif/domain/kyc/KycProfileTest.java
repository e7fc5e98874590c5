package dev.opencif.domain.kyc;

import static dev.opencif.domain.support.DomainAssertions.assertRuleViolated;
import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KycProfileTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Money LIMIT = Money.of("100000000", "VND", 0);

    private static KycProfile profile(KycLevel level, Instant verifiedAt, Money limit) {
        return new KycProfile(level, KycMethod.EKYC, verifiedAt, false, false, false, null, null, null, null, null, null, limit);
    }

    @Test
    void none_is_unverified() {
        KycProfile none = KycProfile.none();

        assertThat(none.level()).isEqualTo(KycLevel.NONE);
        assertThat(none.method()).isEqualTo(KycMethod.NONE);
        assertThat(none.verifiedAt()).isNull();
        assertThat(none.accountLimit()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = KycLevel.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void requires_verified_at_above_none(KycLevel level) {
        assertValidationFails(() -> profile(level, null, null), "kyc.verifiedAt");
    }

    @Test
    void rejects_a_verification_time_outside_the_years_1_to_9999() {
        assertValidationFails(() -> profile(KycLevel.STANDARD, Instant.MAX, null), "kyc.verifiedAt");
        assertValidationFails(() -> profile(KycLevel.STANDARD, Instant.parse("-0001-01-01T00:00:00Z"), null), "kyc.verifiedAt");
    }

    @Test
    void requires_level_and_method() {
        assertValidationFails(() -> new KycProfile(null, KycMethod.NONE, null, false, false, false, null, null, null, null, null, null, null), "kyc.level");
        assertValidationFails(() -> new KycProfile(KycLevel.NONE, null, null, false, false, false, null, null, null, null, null, null, null), "kyc.method");
    }

    @Test
    void accepts_an_account_limit_at_ekyc() {
        assertThat(profile(KycLevel.EKYC, NOW, LIMIT).accountLimit()).isEqualTo(LIMIT);
    }

    @ParameterizedTest
    @EnumSource(value = KycLevel.class, names = {"EKYC", "NONE"}, mode = EnumSource.Mode.EXCLUDE)
    void rejects_an_account_limit_above_ekyc(KycLevel level) {
        assertValidationFails(() -> profile(level, NOW, LIMIT), "kyc.accountLimit");
    }

    @Test
    void keeps_a_limit_calculated_during_onboarding_before_verification_and_carries_it_into_ekyc() {
        KycProfile onboarding = KycProfile.none().withCalculatedLimit(LIMIT);
        assertThat(onboarding.accountLimit()).isEqualTo(LIMIT);
        assertThat(onboarding.verifiedAs(KycLevel.EKYC, KycMethod.EKYC, NOW).accountLimit()).isEqualTo(LIMIT);
        assertThat(onboarding.withCalculatedLimit(Money.of("0", "VND", 0)).accountLimit()).isNull();
    }

    @Test
    void the_esb_limit_update_stays_for_ekyc_customers_only() {
        assertRuleViolated(() -> KycProfile.none().withAccountLimit(LIMIT), "LIMIT_NOT_APPLICABLE");
    }

    @Test
    void rejects_a_zero_account_limit() {
        assertValidationFails(() -> profile(KycLevel.EKYC, NOW, Money.of("0", "VND", 0)), "kyc.accountLimit");
    }

    @Test
    void rejects_negative_monthly_income() {
        assertValidationFails(() -> KycProfile.none().withSituation(null, null, Money.of("-1", "VND", 0), null, null), "kyc.monthlyIncome");
    }

    @Test
    void verified_as_ekyc_records_method_and_time() {
        KycProfile ekyc = KycProfile.none().verifiedAs(KycLevel.EKYC, KycMethod.EKYC, NOW);

        assertThat(ekyc.level()).isEqualTo(KycLevel.EKYC);
        assertThat(ekyc.method()).isEqualTo(KycMethod.EKYC);
        assertThat(ekyc.verifiedAt()).isEqualTo(NOW);
    }

    @Test
    void verified_as_keeps_the_limit_while_staying_at_ekyc() {
        KycProfile limited = profile(KycLevel.EKYC, NOW, LIMIT);

        assertThat(limited.verifiedAs(KycLevel.EKYC, KycMethod.VIDEO_CALL, NOW.plusSeconds(60)).accountLimit()).isEqualTo(LIMIT);
    }

    @Test
    void verified_as_drops_the_limit_when_leaving_ekyc() {
        KycProfile standard = profile(KycLevel.EKYC, NOW, LIMIT).verifiedAs(KycLevel.STANDARD, KycMethod.IN_BRANCH, NOW);

        assertThat(standard.level()).isEqualTo(KycLevel.STANDARD);
        assertThat(standard.accountLimit()).isNull();
    }

    @Test
    void verified_as_none_clears_the_verification_and_limit_but_keeps_declarations() {
        KycProfile downgraded = profile(KycLevel.EKYC, NOW, LIMIT).withDeclarations(true, false, true)
                .verifiedAs(KycLevel.NONE, KycMethod.IN_BRANCH, NOW);

        assertThat(downgraded.level()).isEqualTo(KycLevel.NONE);
        assertThat(downgraded.method()).isEqualTo(KycMethod.NONE);
        assertThat(downgraded.verifiedAt()).isNull();
        assertThat(downgraded.accountLimit()).isNull();
        assertThat(downgraded.fatca()).isTrue();
        assertThat(downgraded.pep()).isTrue();
    }

    @Test
    void verified_as_above_none_needs_method_and_time() {
        assertValidationFails(() -> KycProfile.none().verifiedAs(KycLevel.STANDARD, null, NOW), "kyc.method");
        assertValidationFails(() -> KycProfile.none().verifiedAs(KycLevel.STANDARD, KycMethod.IN_BRANCH, null), "kyc.verifiedAt");
        assertValidationFails(() -> KycProfile.none().verifiedAs(null, KycMethod.IN_BRANCH, NOW), "kyc.level");
    }

    @Test
    void with_account_limit_sets_the_limit_at_ekyc() {
        KycProfile ekyc = KycProfile.none().verifiedAs(KycLevel.EKYC, KycMethod.EKYC, NOW);

        assertThat(ekyc.withAccountLimit(LIMIT).accountLimit()).isEqualTo(LIMIT);
        assertThat(ekyc.accountLimit()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = KycLevel.class, names = "EKYC", mode = EnumSource.Mode.EXCLUDE)
    void with_account_limit_is_refused_outside_ekyc(KycLevel level) {
        KycProfile profile = level == KycLevel.NONE ? KycProfile.none() : KycProfile.none().verifiedAs(level, KycMethod.IN_BRANCH, NOW);

        assertRuleViolated(() -> profile.withAccountLimit(LIMIT), "LIMIT_NOT_APPLICABLE");
    }

    @Test
    void with_account_limit_requires_a_positive_limit() {
        KycProfile ekyc = KycProfile.none().verifiedAs(KycLevel.EKYC, KycMethod.EKYC, NOW);

        assertValidationFails(() -> ekyc.withAccountLimit(null), "accountLimit");
        assertValidationFails(() -> ekyc.withAccountLimit(Money.of("-5", "VND", 0)), "kyc.accountLimit");
    }

    @Test
    void declarations_situation_and_risk_class_keep_the_limit() {
        KycProfile changed = profile(KycLevel.EKYC, NOW, LIMIT)
                .withDeclarations(true, true, false)
                .withRiskClass(RiskClass.HIGH)
                .withSituation(new CodedValue("6", "ÜNİVERSİTE"), null, Money.of("20000000", "VND", 0), null, "  salary ");

        assertThat(changed.accountLimit()).isEqualTo(LIMIT);
        assertThat(changed.usPerson()).isTrue();
        assertThat(changed.riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(changed.sourceOfWealth()).isEqualTo("salary");
        assertThat(changed.education().label()).isEqualTo("ÜNİVERSİTE");
    }

    @Test
    void coded_value_needs_a_code_or_a_label() {
        assertThat(CodedValue.of(" ", null)).isNull();
        assertThat(CodedValue.of("6", null).code()).isEqualTo("6");
        assertValidationFails(() -> new CodedValue(" ", " "), "code");
    }
}
