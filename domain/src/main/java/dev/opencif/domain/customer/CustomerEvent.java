package dev.opencif.domain.customer;

import dev.opencif.domain.shared.DomainEvent;

/** What happened to a customer. */
public sealed interface CustomerEvent extends DomainEvent
        permits CustomerEvent.Onboarded, CustomerEvent.DetailsChanged, CustomerEvent.StatusChanged,
                CustomerEvent.Blacklisted, CustomerEvent.BlacklistLifted, CustomerEvent.KycChanged,
                CustomerEvent.AddressSaved, CustomerEvent.ContactDetailAdded, CustomerEvent.RepresentativeSaved {

    CustomerId customerId();

    @Override
    default String aggregateType() {
        return "Customer";
    }

    @Override
    default String aggregateId() {
        return customerId().toString();
    }

    @Override
    default String type() {
        return "Customer" + getClass().getSimpleName();
    }

    record Onboarded(CustomerId customerId, CustomerNumber number, CustomerStatus status, java.time.Instant occurredAt) implements CustomerEvent {
    }

    /** Names, birth date, segment, branch, identifiers, picture, allowance or the disabled flag changed. */
    record DetailsChanged(CustomerId customerId, java.util.Set<String> fields, java.time.Instant occurredAt) implements CustomerEvent {
        public DetailsChanged {
            fields = java.util.Set.copyOf(fields);
        }
    }

    record StatusChanged(CustomerId customerId, CustomerStatus from, CustomerStatus to, java.time.Instant occurredAt) implements CustomerEvent {
    }

    record Blacklisted(CustomerId customerId, String reason, java.time.Instant occurredAt) implements CustomerEvent {
    }

    record BlacklistLifted(CustomerId customerId, java.time.Instant occurredAt) implements CustomerEvent {
    }

    record KycChanged(CustomerId customerId, dev.opencif.domain.kyc.KycLevel level, java.time.Instant occurredAt) implements CustomerEvent {
    }

    record AddressSaved(CustomerId customerId, AddressId addressId, java.time.Instant occurredAt) implements CustomerEvent {
    }

    record ContactDetailAdded(CustomerId customerId, ContactDetailId contactDetailId, java.time.Instant occurredAt) implements CustomerEvent {
    }

    record RepresentativeSaved(CustomerId customerId, RepresentativeId representativeId, java.time.Instant occurredAt) implements CustomerEvent {
    }
}
