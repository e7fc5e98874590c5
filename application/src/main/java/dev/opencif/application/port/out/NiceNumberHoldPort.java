package dev.opencif.application.port.out;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores nice-number holds; placing a hold is atomic, so two contenders never both win. */
public interface NiceNumberHoldPort {

    /**
     * Places {@code hold} (status HELD) unless the number is used by an account or under another hold
     * active at {@code now}; an expired or finished hold of the number is replaced.
     *
     * @throws dev.opencif.domain.error.RuleViolationException rule {@code NUMBER_UNAVAILABLE} otherwise
     */
    void place(NiceNumberHold hold, Instant now);

    /** The latest hold of a number, whatever its status. */
    Optional<NiceNumberHold> findByNumber(AccountNumber number);

    /** Stores a released or consumed hold (the number's latest hold). */
    void update(NiceNumberHold hold);

    /** The holds of a customer that are active at {@code now}. */
    List<NiceNumberHold> findActiveByHolder(CustomerId holder, Instant now);
}
