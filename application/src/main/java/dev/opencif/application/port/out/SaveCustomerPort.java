package dev.opencif.application.port.out;

import dev.opencif.domain.customer.Customer;

/** Stores customers with optimistic locking and the identifier uniqueness rules. */
public interface SaveCustomerPort {

    /**
     * Inserts a customer never stored ({@code version() == 0}) or updates one whose stored version equals
     * {@code version()}. Returns the customer as stored, with the version incremented.
     *
     * @throws dev.opencif.domain.error.ConflictException when the stored version differs (stale update)
     * @throws dev.opencif.domain.error.DuplicateIdentifierException when a unique identifier (national id,
     *         phone, login within the counterparty) belongs to another customer; kinds {@code NATIONAL_ID},
     *         {@code PHONE}, {@code LOGIN}
     * @throws dev.opencif.domain.error.AlreadyExistsException when the id or CIF is taken by another customer
     */
    Customer save(Customer customer);
}
