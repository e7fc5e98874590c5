package dev.opencif.domain.customer;

import dev.opencif.domain.shared.Checks;

/** The branch a customer belongs to: a branch code ({@code 9860}) or a branch GUID, 1 to 64 characters. */
public record BranchRef(String value) {
    public BranchRef {
        value = Checks.text(value, "branch", 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
