package dev.opencif.domain.customer;

import dev.opencif.domain.shared.Checks;

/** A customer segment label as the bank uses it (e.g. {@code PL}, {@code PI}, {@code mass}, {@code premium}), up to 64 characters. */
public record Segment(String value) {
    public Segment {
        value = Checks.text(value, "segment", 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
