package dev.opencif.domain.agreement;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A consent or contract of a customer. Granted through a channel, revocable (consents), expiring at
 * its end date. {@link #isEffectiveAt} is what gates data sharing (e.g. bLink visibility).
 */
public final class Agreement {
    private AgreementState state;
    private final List<DomainEvent> events = new ArrayList<>();

    private Agreement(AgreementState state) {
        this.state = state;
    }

    public static Agreement grant(AgreementId id, CustomerId customer, AgreementType type, AgreementTerms terms, Channel channel, Instant now) {
        Agreement agreement = new Agreement(new AgreementState(id, customer, type, terms, AgreementStatus.ACTIVE, now,
                Checks.required(channel, "channel"), null, null, now, 0));
        agreement.events.add(type.isConsent()
                ? new AgreementEvent.ConsentGranted(id, customer, type, now)
                : new AgreementEvent.AgreementChanged(id, customer, type, now));
        return agreement;
    }

    public static Agreement restore(AgreementState state) {
        return new Agreement(Objects.requireNonNull(state, "state"));
    }

    public AgreementState state() {
        return state;
    }

    public AgreementId id() {
        return state.id();
    }

    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** The status at {@code now}: ACTIVE agreements past their end date count as EXPIRED. */
    public AgreementStatus statusAt(Instant now) {
        if (state.status() == AgreementStatus.ACTIVE && state.terms().endDate() != null
                && LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(state.terms().endDate())) {
            return AgreementStatus.EXPIRED;
        }
        return state.status();
    }

    /** Active, started and not past its end date. */
    public boolean isEffectiveAt(Instant now) {
        return statusAt(now) == AgreementStatus.ACTIVE
                && !state.terms().startDate().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    public void revoke(Channel channel, Instant now) {
        if (state.status() != AgreementStatus.ACTIVE) {
            throw new InvalidStateTransitionException("Agreement", state.status(), AgreementStatus.REVOKED);
        }
        state = new AgreementState(state.id(), state.customerId(), state.type(), state.terms(), AgreementStatus.REVOKED,
                state.grantedAt(), state.grantedChannel(), now, Checks.required(channel, "channel"), now, state.version());
        events.add(new AgreementEvent.ConsentRevoked(state.id(), state.customerId(), state.type(), now));
    }

    /**
     * Re-grants a revoked or expired consent with new terms, or amends an active one. Handing an active consent to
     * another grantee is a new grant too (new grant time, channel and ConsentGranted), never a silent amendment.
     */
    public void amend(AgreementTerms terms, Channel channel, Instant now) {
        Checks.required(terms, "terms");
        Checks.required(now, "now");
        boolean granteeChanged = state.type().isConsent() && !Objects.equals(state.terms().grantee(), terms.grantee());
        boolean regrant = statusAt(now) != AgreementStatus.ACTIVE || granteeChanged;
        state = new AgreementState(state.id(), state.customerId(), state.type(), terms, AgreementStatus.ACTIVE,
                regrant ? now : state.grantedAt(), regrant ? Checks.required(channel, "channel") : state.grantedChannel(),
                null, null, now, state.version());
        events.add(regrant && state.type().isConsent()
                ? new AgreementEvent.ConsentGranted(state.id(), state.customerId(), state.type(), now)
                : new AgreementEvent.AgreementChanged(state.id(), state.customerId(), state.type(), now));
    }
}
