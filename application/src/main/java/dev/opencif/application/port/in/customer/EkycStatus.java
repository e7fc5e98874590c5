package dev.opencif.application.port.in.customer;

import dev.opencif.domain.kyc.KycLevel;
import java.time.Instant;

/** Whether a customer with this reference exists and has completed eKYC (level EKYC or above, verified). */
public record EkycStatus(
        boolean customerExists,
        boolean ekycCompleted,
        KycLevel level,
        Instant verifiedAt) {
}
