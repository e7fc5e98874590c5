package dev.opencif.application.port.out;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.transaction.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores booked transactions; the external reference keeps the booking feed idempotent. */
public interface TransactionPort {

    Optional<Transaction> findByExternalRef(String externalRef);

    /**
     * Stores a new transaction.
     *
     * @throws dev.opencif.domain.error.AlreadyExistsException when the external reference was booked before
     */
    void record(Transaction transaction);

    /** A customer's transactions booked in {@code [from, to)}, oldest first. */
    List<Transaction> findByCustomer(CustomerId customer, Instant from, Instant to);
}
