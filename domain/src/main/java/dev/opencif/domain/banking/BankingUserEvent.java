package dev.opencif.domain.banking;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;

/** What happened to an online-banking user. */
public sealed interface BankingUserEvent extends DomainEvent permits BankingUserEvent.Created, BankingUserEvent.StatusChanged {

    BankingUserId userId();

    CustomerId customerId();

    @Override
    default String aggregateType() {
        return "BankingUser";
    }

    @Override
    default String aggregateId() {
        return userId().toString();
    }

    @Override
    default String type() {
        return "BankingUser" + getClass().getSimpleName();
    }

    record Created(BankingUserId userId, CustomerId customerId, Instant occurredAt) implements BankingUserEvent {
    }

    record StatusChanged(BankingUserId userId, CustomerId customerId, BankingUserStatus from, BankingUserStatus to,
                         String reason, Instant occurredAt) implements BankingUserEvent {
    }
}
