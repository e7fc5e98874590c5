package dev.opencif.domain.onboarding;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;

/** What happened in a digital onboarding process. */
public sealed interface OnboardingEvent extends DomainEvent
        permits OnboardingEvent.Started, OnboardingEvent.InformationUpdated, OnboardingEvent.Completed {

    ProcessId processId();

    CustomerId customerId();

    @Override
    default String aggregateType() {
        return "OnboardingProcess";
    }

    @Override
    default String aggregateId() {
        return processId().toString();
    }

    @Override
    default String type() {
        return "Onboarding" + getClass().getSimpleName();
    }

    record Started(ProcessId processId, CustomerId customerId, Instant occurredAt) implements OnboardingEvent {
    }

    record InformationUpdated(ProcessId processId, CustomerId customerId, Instant occurredAt) implements OnboardingEvent {
    }

    record Completed(ProcessId processId, CustomerId customerId, Instant occurredAt) implements OnboardingEvent {
    }
}
