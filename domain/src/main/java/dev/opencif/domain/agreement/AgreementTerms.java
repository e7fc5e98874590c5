package dev.opencif.domain.agreement;

import dev.opencif.domain.shared.Checks;
import java.time.LocalDate;

/**
 * The descriptive part of an agreement as callAction sends it: start date, source, contract number,
 * external id, an optional end date, and for open-finance consents the grantee (service user).
 */
public record AgreementTerms(LocalDate startDate, LocalDate endDate, String source, String contractNumber,
                             String externalId, String grantee) {
    public AgreementTerms {
        Checks.supportedDate(Checks.required(startDate, "startDate"), "startDate");
        Checks.supportedDate(endDate, "endDate");
        Checks.that(endDate == null || !endDate.isBefore(startDate), "endDate", "must not be before startDate");
        source = Checks.text(source, "sourceId", 100);
        contractNumber = Checks.optionalText(contractNumber, "contractNo", 64);
        externalId = Checks.optionalText(externalId, "externalId", 100);
        grantee = Checks.optionalText(grantee, "grantee", 100);
    }
}
