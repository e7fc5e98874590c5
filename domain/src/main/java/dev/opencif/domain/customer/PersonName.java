package dev.opencif.domain.customer;

import dev.opencif.domain.shared.Checks;
import java.util.StringJoiner;

/**
 * A person's names: first (given), last (surname) and middle or paternal name. Every part is optional
 * in the model (the counterparty platform allows a nameless wallet customer); dialects that require
 * names enforce that in their commands. Unicode is kept as sent (Turkish, Vietnamese, Ukrainian letters).
 */
public record PersonName(String first, String last, String middle) {
    public static final PersonName NONE = new PersonName(null, null, null);

    public PersonName {
        first = Checks.optionalText(first, "firstName", 100);
        last = Checks.optionalText(last, "lastName", 100);
        middle = Checks.optionalText(middle, "middleName", 100);
    }

    public boolean isEmpty() {
        return first == null && last == null && middle == null;
    }

    /** "First Middle Last", skipping absent parts; empty when there is no name. */
    public String fullName() {
        StringJoiner joiner = new StringJoiner(" ");
        if (first != null) {
            joiner.add(first);
        }
        if (middle != null) {
            joiner.add(middle);
        }
        if (last != null) {
            joiner.add(last);
        }
        return joiner.toString();
    }
}
