package dev.opencif.domain.onboarding;

import dev.opencif.domain.error.ValidationException;

/** The id of a digital onboarding process: a positive number of up to 18 digits (inter-API {@code ProcessId}). */
public record ProcessId(long value) {
    public ProcessId {
        if (value <= 0) {
            throw ValidationException.of("processId", "must be a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
