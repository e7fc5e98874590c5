package dev.opencif.domain.customer;

import dev.opencif.domain.error.ValidationException;

/**
 * The bank-wide customer number (CIF): a positive number of at most 12 digits, issued by a generator
 * port and never reused, even after the customer is closed.
 */
public record CustomerNumber(long value) implements Comparable<CustomerNumber> {
    public static final long MAX = 999_999_999_999L;

    public CustomerNumber {
        if (value <= 0 || value > MAX) {
            throw ValidationException.of("cif", "must be a number from 1 to " + MAX);
        }
    }

    /** Parses the decimal form, e.g. {@code "5035232723"}. */
    public static CustomerNumber parse(String value) {
        if (value == null || !value.strip().matches("\\d{1,12}")) {
            throw ValidationException.of("cif", "must be 1 to 12 digits");
        }
        return new CustomerNumber(Long.parseLong(value.strip()));
    }

    @Override
    public int compareTo(CustomerNumber other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
