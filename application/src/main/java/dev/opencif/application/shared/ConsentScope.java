package dev.opencif.application.shared;

import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.shared.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The customers that hold an agreement of {@code type} granted to {@code grantee} that is effective {@code at} an
 * instant (active, started, not past its end date: {@link Agreement#isEffectiveAt}). An open-finance service user
 * (bLink) sees exactly the customers in {@code ConsentScope.openFinance(serviceUser, now)}.
 */
public record ConsentScope(AgreementType type, String grantee, Instant at) {
    public ConsentScope {
        Checks.required(type, "consent.type");
        Checks.text(grantee, "consent.grantee", 100);
        Checks.required(at, "consent.at");
    }

    /** The customers that consented, now, to share their data with an open-finance service user. */
    public static ConsentScope openFinance(String serviceUser, Instant at) {
        return new ConsentScope(AgreementType.OPEN_FINANCE, serviceUser, at);
    }

    /** The calendar day (UTC) on which start and end dates are judged. */
    public LocalDate day() {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** Whether {@code agreement} puts its customer in this scope. */
    public boolean admits(Agreement agreement) {
        return agreement.state().type() == type && grantee.equals(agreement.state().terms().grantee())
                && agreement.isEffectiveAt(at);
    }
}
