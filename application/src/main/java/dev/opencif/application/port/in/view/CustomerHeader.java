package dev.opencif.application.port.in.view;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.kyc.KycLevel;
import java.time.Instant;

/** What the header of a customer page shows. */
public record CustomerHeader(
        CustomerId customerId,
        CustomerNumber number,
        String fullName,
        CustomerStatus status,
        String segment,
        KycLevel kycLevel,
        String mainPhone,
        String mainEmail,
        String branch,
        Instant customerSince) {
}
