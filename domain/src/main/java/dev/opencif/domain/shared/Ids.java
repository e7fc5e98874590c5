package dev.opencif.domain.shared;

import dev.opencif.domain.error.ValidationException;
import java.util.UUID;

/** Parsing of UUID-based ids with a field-naming validation failure instead of an IllegalArgumentException. */
public final class Ids {
    private Ids() {
    }

    public static UUID parseUuid(String value, String field) {
        Checks.required(value, field);
        try {
            UUID uuid = UUID.fromString(value.strip());
            if (!uuid.toString().equalsIgnoreCase(value.strip())) {
                throw ValidationException.of(field, "must be a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "must be a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        }
    }
}
