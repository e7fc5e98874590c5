package dev.opencif.domain.kyc;

import dev.opencif.domain.shared.Checks;

/** Working status, job title, employer and work area, as the KYC questionnaire collects them. */
public record Employment(CodedValue workingStatus, CodedValue jobTitle, String companyName, String workAreaCode) {
    public Employment {
        companyName = Checks.optionalText(companyName, "employment.companyName", 200);
        workAreaCode = Checks.optionalText(workAreaCode, "employment.workAreaCode", 32);
    }
}
