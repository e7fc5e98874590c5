package dev.opencif.testkit.builder;

import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Builds agreements for tests: by default an ACTIVE data-protection consent granted over the ESB, starting
 * today (by the clock) with no end date, for a random customer unless one is given.
 */
public final class AgreementBuilder {
    private AgreementId id;
    private CustomerId customer;
    private AgreementType type = AgreementType.DATA_PROTECTION;
    private LocalDate startDate;
    private LocalDate endDate;
    private String source = "MOBILE_APP";
    private String contractNumber;
    private String externalId;
    private String grantee;
    private Channel channel = Channel.ESB;
    private boolean revoked;

    private AgreementBuilder() {
    }

    public static AgreementBuilder anAgreement() {
        return new AgreementBuilder();
    }

    /** An open-finance consent letting {@code grantee} (a bLink service user) read the customer's data. */
    public static AgreementBuilder anOpenFinanceConsent(String grantee) {
        return new AgreementBuilder().ofType(AgreementType.OPEN_FINANCE).grantedTo(grantee).viaChannel(Channel.BLINK);
    }

    public AgreementBuilder withId(AgreementId value) {
        id = value;
        return this;
    }

    public AgreementBuilder forCustomer(CustomerId value) {
        customer = value;
        return this;
    }

    public AgreementBuilder ofType(AgreementType value) {
        type = Objects.requireNonNull(value, "type");
        return this;
    }

    public AgreementBuilder startingOn(LocalDate value) {
        startDate = value;
        return this;
    }

    public AgreementBuilder endingOn(LocalDate value) {
        endDate = value;
        return this;
    }

    public AgreementBuilder fromSource(String value) {
        source = value;
        return this;
    }

    public AgreementBuilder withContractNumber(String value) {
        contractNumber = value;
        return this;
    }

    public AgreementBuilder withExternalId(String value) {
        externalId = value;
        return this;
    }

    public AgreementBuilder grantedTo(String value) {
        grantee = value;
        return this;
    }

    public AgreementBuilder viaChannel(Channel value) {
        channel = Objects.requireNonNull(value, "channel");
        return this;
    }

    /** Revoked right after it was granted. */
    public AgreementBuilder revoked() {
        revoked = true;
        return this;
    }

    public AgreementTerms terms(Clock clock) {
        LocalDate start = startDate != null ? startDate : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new AgreementTerms(start, endDate, source, contractNumber, externalId, grantee);
    }

    /** A never-stored agreement (version 0) granted at {@code clock}'s time; its events stay pending. */
    public Agreement build(Clock clock) {
        Instant now = clock.instant();
        Agreement agreement = Agreement.grant(id != null ? id : AgreementId.random(),
                customer != null ? customer : CustomerId.random(), type, terms(clock), channel, now);
        if (revoked) {
            agreement.revoke(channel, now);
        }
        return agreement;
    }
}
