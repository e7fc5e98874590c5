package dev.opencif.domain.kyc;

import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Money;
import java.time.Instant;

/**
 * Everything known about a customer's verification and financial situation: level and method, when it
 * was verified, FATCA / US-person and PEP flags, risk class, education, employment, income, home
 * status, source of wealth, and the account limit that applies while the level is {@link KycLevel#EKYC}.
 */
public record KycProfile(
        KycLevel level,
        KycMethod method,
        Instant verifiedAt,
        boolean fatca,
        boolean usPerson,
        boolean pep,
        RiskClass riskClass,
        CodedValue education,
        Employment employment,
        Money monthlyIncome,
        CodedValue homeStatus,
        String sourceOfWealth,
        Money accountLimit) {

    public KycProfile {
        Checks.required(level, "kyc.level");
        Checks.required(method, "kyc.method");
        Checks.that(level == KycLevel.NONE || verifiedAt != null, "kyc.verifiedAt", "is required once the level is above NONE");
        Checks.supportedInstant(verifiedAt, "kyc.verifiedAt");
        Checks.that(monthlyIncome == null || !monthlyIncome.isNegative(), "kyc.monthlyIncome", "must not be negative");
        sourceOfWealth = Checks.optionalText(sourceOfWealth, "kyc.sourceOfWealth", 200);
        if (accountLimit != null) {
            Checks.that(level.hasAccountLimit() || level == KycLevel.NONE, "kyc.accountLimit",
                    "applies only at level EKYC, or at NONE as the limit calculated during onboarding");
            Checks.that(accountLimit.isPositive(), "kyc.accountLimit", "must be positive");
        }
    }

    /** An unverified customer. */
    public static KycProfile none() {
        return new KycProfile(KycLevel.NONE, KycMethod.NONE, null, false, false, false, null, null, null, null, null, null, null);
    }

    /** Moves to {@code newLevel}; leaving EKYC drops the eKYC account limit, falling to NONE clears the verification. */
    public KycProfile verifiedAs(KycLevel newLevel, KycMethod newMethod, Instant at) {
        Checks.required(newLevel, "kyc.level");
        if (newLevel == KycLevel.NONE) {
            return new KycProfile(KycLevel.NONE, KycMethod.NONE, null, fatca, usPerson, pep, riskClass, education,
                    employment, monthlyIncome, homeStatus, sourceOfWealth, null);
        }
        return new KycProfile(newLevel, Checks.required(newMethod, "kyc.method"), Checks.required(at, "kyc.verifiedAt"),
                fatca, usPerson, pep, riskClass, education, employment, monthlyIncome, homeStatus, sourceOfWealth,
                newLevel.hasAccountLimit() ? accountLimit : null);
    }

    /** Sets the eKYC account limit (ESB {@code updateEkycLimit}); refused unless the level is EKYC. */
    public KycProfile withAccountLimit(Money limit) {
        Checks.required(limit, "accountLimit");
        if (!level.hasAccountLimit()) {
            throw new RuleViolationException("LIMIT_NOT_APPLICABLE",
                    "an account limit applies only to eKYC customers; this customer is " + level);
        }
        return new KycProfile(level, method, verifiedAt, fatca, usPerson, pep, riskClass, education, employment,
                monthlyIncome, homeStatus, sourceOfWealth, limit);
    }

    /**
     * Keeps the limit an onboarding calculated from the declared situation (inter-API {@code CalculateLimit}): allowed
     * before verification (level NONE, the limit the customer's eKYC will carry) and at EKYC; a zero limit clears it.
     */
    public KycProfile withCalculatedLimit(Money limit) {
        Checks.required(limit, "accountLimit");
        if (!level.hasAccountLimit() && level != KycLevel.NONE) {
            throw new RuleViolationException("LIMIT_NOT_APPLICABLE",
                    "an account limit applies only to eKYC customers; this customer is " + level);
        }
        return new KycProfile(level, method, verifiedAt, fatca, usPerson, pep, riskClass, education, employment,
                monthlyIncome, homeStatus, sourceOfWealth, limit.isZero() ? null : limit);
    }

    public KycProfile withDeclarations(boolean newFatca, boolean newUsPerson, boolean newPep) {
        return new KycProfile(level, method, verifiedAt, newFatca, newUsPerson, newPep, riskClass, education,
                employment, monthlyIncome, homeStatus, sourceOfWealth, accountLimit);
    }

    public KycProfile withSituation(CodedValue newEducation, Employment newEmployment, Money newIncome,
                                    CodedValue newHomeStatus, String newSourceOfWealth) {
        return new KycProfile(level, method, verifiedAt, fatca, usPerson, pep, riskClass, newEducation, newEmployment,
                newIncome, newHomeStatus, newSourceOfWealth, accountLimit);
    }

    public KycProfile withRiskClass(RiskClass newRiskClass) {
        return new KycProfile(level, method, verifiedAt, fatca, usPerson, pep, newRiskClass, education, employment,
                monthlyIncome, homeStatus, sourceOfWealth, accountLimit);
    }
}
