package dev.opencif.domain.kyc;

import dev.opencif.domain.error.ValidationException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Ordered levels of customer verification and what each allows. The numeric form (0 to 3) is the
 * counterparty platform's {@code kyc_level}.
 * <ul>
 *   <li>NONE (0): an e-money wallet only.</li>
 *   <li>EKYC (1): simplified remote identification; payment account and online banking, under an account limit.</li>
 *   <li>STANDARD (2): verified in branch or equivalent; no account limit, international transfers.</li>
 *   <li>ENHANCED (3): enhanced due diligence (e.g. PEP, high risk) passed; everything STANDARD allows.</li>
 * </ul>
 */
public enum KycLevel {
    NONE(0, EnumSet.of(KycCapability.HOLD_EMONEY_WALLET)),
    EKYC(1, EnumSet.of(KycCapability.HOLD_EMONEY_WALLET, KycCapability.OPEN_PAYMENT_ACCOUNT, KycCapability.ONLINE_BANKING)),
    STANDARD(2, EnumSet.allOf(KycCapability.class)),
    ENHANCED(3, EnumSet.allOf(KycCapability.class));

    private final int numeric;
    private final Set<KycCapability> capabilities;

    KycLevel(int numeric, Set<KycCapability> capabilities) {
        this.numeric = numeric;
        this.capabilities = capabilities;
    }

    public int numeric() {
        return numeric;
    }

    public boolean allows(KycCapability capability) {
        return capabilities.contains(capability);
    }

    public boolean isAtLeast(KycLevel other) {
        return numeric >= other.numeric;
    }

    /** An account limit applies only to simplified (eKYC) verification. */
    public boolean hasAccountLimit() {
        return this == EKYC;
    }

    public static KycLevel ofNumeric(int numeric) {
        for (KycLevel level : values()) {
            if (level.numeric == numeric) {
                return level;
            }
        }
        throw ValidationException.of("kycLevel", "must be 0 (NONE), 1 (EKYC), 2 (STANDARD) or 3 (ENHANCED)");
    }
}
