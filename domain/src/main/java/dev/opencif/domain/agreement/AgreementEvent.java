package dev.opencif.domain.agreement;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;

/** What happened to a consent or contract. */
public sealed interface AgreementEvent extends DomainEvent
        permits AgreementEvent.ConsentGranted, AgreementEvent.ConsentRevoked, AgreementEvent.AgreementChanged {

    AgreementId agreementId();

    CustomerId customerId();

    @Override
    default String aggregateType() {
        return "Agreement";
    }

    @Override
    default String aggregateId() {
        return agreementId().toString();
    }

    record ConsentGranted(AgreementId agreementId, CustomerId customerId, AgreementType agreementType, Instant occurredAt) implements AgreementEvent {
    }

    record ConsentRevoked(AgreementId agreementId, CustomerId customerId, AgreementType agreementType, Instant occurredAt) implements AgreementEvent {
    }

    record AgreementChanged(AgreementId agreementId, CustomerId customerId, AgreementType agreementType, Instant occurredAt) implements AgreementEvent {
    }
}
