package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.kyc.KycProfile;

/** A customer's KYC record: identity, financial and non-financial situation, and the flags that matter for compliance. */
public record KycRecord(
        CustomerId customerId,
        CustomerNumber number,
        PersonName name,
        KycProfile kyc,
        boolean blacklisted) {
}
