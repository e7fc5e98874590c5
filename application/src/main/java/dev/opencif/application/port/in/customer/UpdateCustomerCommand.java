package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.kyc.KycLevel;
import jakarta.validation.constraints.NotNull;

/**
 * Changes a customer: details (see {@link CustomerChanges}), optionally the status, the KYC level and the bank's AML
 * assessment ({@link KycRisk}). {@code expectedVersion}, when given, must match the stored version.
 */
public record UpdateCustomerCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotNull Viewer viewer,
        Long expectedVersion,
        @NotNull CustomerChanges changes,
        CustomerStatus status,
        KycLevel kycLevel,
        KycRisk kycRisk) {
}
