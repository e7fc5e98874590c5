package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Viewer;
import jakarta.validation.constraints.NotNull;

/** Which customer's KYC record, for whom. */
public record GetKycRecordQuery(
        @NotNull CustomerRef customer,
        @NotNull Viewer viewer) {
}
