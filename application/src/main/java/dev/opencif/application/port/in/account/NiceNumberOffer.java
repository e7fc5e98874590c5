package dev.opencif.application.port.in.account;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.nicenumber.NiceTier;

/** A free nice number and its tier. */
public record NiceNumberOffer(
        AccountNumber number,
        NiceTier tier) {
}
