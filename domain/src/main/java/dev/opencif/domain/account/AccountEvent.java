package dev.opencif.domain.account;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;

/** What happened to an account. */
public sealed interface AccountEvent extends DomainEvent permits AccountEvent.Opened, AccountEvent.StatusChanged {

    AccountId accountId();

    CustomerId customerId();

    @Override
    default String aggregateType() {
        return "Account";
    }

    @Override
    default String aggregateId() {
        return accountId().toString();
    }

    @Override
    default String type() {
        return "Account" + getClass().getSimpleName();
    }

    record Opened(AccountId accountId, CustomerId customerId, AccountNumber number, ProductType product, Instant occurredAt) implements AccountEvent {
    }

    record StatusChanged(AccountId accountId, CustomerId customerId, AccountStatus from, AccountStatus to, String reason, Instant occurredAt) implements AccountEvent {
    }
}
