package dev.opencif.domain.agreement;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Checks;
import java.time.Instant;

/** The stored form of an {@link Agreement}. */
public record AgreementState(
        AgreementId id,
        CustomerId customerId,
        AgreementType type,
        AgreementTerms terms,
        AgreementStatus status,
        Instant grantedAt,
        Channel grantedChannel,
        Instant revokedAt,
        Channel revokedChannel,
        Instant updatedAt,
        long version) {

    public AgreementState {
        Checks.required(id, "agreementId");
        Checks.required(customerId, "customerId");
        Checks.required(type, "agreementType");
        Checks.required(terms, "terms");
        Checks.required(status, "status");
        Checks.required(grantedAt, "grantedAt");
        Checks.required(grantedChannel, "grantedChannel");
        Checks.that((status == AgreementStatus.REVOKED) == (revokedAt != null), "revokedAt", "is set exactly when REVOKED");
        Checks.required(updatedAt, "updatedAt");
        Checks.that(version >= 0, "version", "must not be negative");
    }
}
