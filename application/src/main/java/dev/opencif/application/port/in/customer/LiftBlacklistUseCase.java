package dev.opencif.application.port.in.customer;

/**
 * Lifts a blacklisting: the customer becomes ACTIVE again, accounts blocked by the blacklisting are
 * unblocked and banking users locked by it unlocked, in one unit of work.
 * <p>Seed operation: ESB {@code update-blacklist-customer} (unblock).
 */
public interface LiftBlacklistUseCase {

    BlacklistResult lift(LiftBlacklistCommand command);
}
