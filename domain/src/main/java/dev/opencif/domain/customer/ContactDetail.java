package dev.opencif.domain.customer;

import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.shared.Checks;

/**
 * One way to reach a person (bLink contact details): medium, medium type (e.g. {@code private},
 * {@code business}), content and free additional information. E-mail and phone content is validated
 * and normalised like the matching identifiers.
 */
public record ContactDetail(ContactDetailId id, ContactMedium medium, String mediumType, String content, String additionalInfo) {
    public ContactDetail {
        Checks.required(id, "contactDetail.id");
        Checks.required(medium, "contactDetail.medium");
        mediumType = Checks.optionalText(mediumType, "contactDetail.mediumType", 32);
        content = Checks.text(content, "contactDetail.content", 254);
        additionalInfo = Checks.optionalMultilineText(additionalInfo, "contactDetail.additionalInfo", 500);
        content = switch (medium) {
            case EMAIL -> new EmailAddress(content).value();
            case PHONE, MOBILE, FAX -> PhoneNumber.e164(content).value();
            default -> content;
        };
    }
}
