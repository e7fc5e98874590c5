package dev.opencif.application.port.in.account;

import dev.opencif.domain.nicenumber.NiceNumberHold;

/**
 * Releases a customer's hold on a number before it expires, so others may take it.
 * <p>Supports ESB {@code create-nice-hold-acct} (the way back from a hold).
 */
public interface ReleaseNiceNumberHoldUseCase {

    NiceNumberHold release(ReleaseHoldCommand command);
}
