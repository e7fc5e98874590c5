package dev.opencif.archfixture.clean.domain.customer;

/** Fixture: a domain value object (record, java.* only). */
public record CustomerId(long value) {
    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("value must be positive");
        }
    }
}
