package dev.opencif.application.port.out;

import dev.opencif.domain.account.AccountNumber;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Which account numbers cannot be offered: used by any account, or under a hold active at {@code now}. */
public interface NumberAvailabilityPort {

    Set<AccountNumber> unavailableAmong(Collection<AccountNumber> numbers, Instant now);
}
