package dev.opencif.application.port.in.account;

import dev.opencif.domain.nicenumber.NiceNumberHold;

/**
 * Reserves a free nice number for a customer until the hold expires; RULE_VIOLATION NUMBER_UNAVAILABLE
 * when it is used or held by someone else.
 * <p>Seed operation: ESB {@code create-nice-hold-acct}.
 */
public interface HoldNiceNumberUseCase {

    NiceNumberHold hold(HoldNiceNumberCommand command);
}
