package dev.opencif.domain.product;

import java.util.EnumSet;
import java.util.Set;

/** The business status of a product application; everything not final is pending. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    IN_PROGRESS,
    APPROVED,
    REJECTED,
    CANCELLED,
    COMPLETED;

    private static final Set<ApplicationStatus> FINAL = EnumSet.of(REJECTED, CANCELLED, COMPLETED);

    public boolean isPending() {
        return !FINAL.contains(this);
    }
}
