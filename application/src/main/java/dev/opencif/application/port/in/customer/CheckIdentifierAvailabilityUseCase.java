package dev.opencif.application.port.in.customer;

/**
 * Tells whether a national id, phone number, login or banking username is already in use, without saying
 * whose it is. A read only: creation still relies on the store's uniqueness rule.
 * <p>Seed operations: ESB {@code valid-legal-id}, {@code valid-phone-number}, {@code valid-izi-mobile-user}.
 */
public interface CheckIdentifierAvailabilityUseCase {

    IdentifierAvailability check(CheckIdentifierQuery query);
}
