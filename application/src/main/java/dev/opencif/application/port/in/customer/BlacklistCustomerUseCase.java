package dev.opencif.application.port.in.customer;

/**
 * Blacklists a customer: the customer is flagged (ACTIVE becomes BLOCKED), every open account is blocked
 * and every active banking user locked, in one unit of work.
 * <p>Seed operation: ESB {@code update-blacklist-customer} (block).
 */
public interface BlacklistCustomerUseCase {

    BlacklistResult blacklist(BlacklistCustomerCommand command);
}
