package dev.opencif.domain.customer;

import dev.opencif.domain.identifier.Identifier;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A partial update of a customer's details. A {@code null} component means "leave unchanged"; an
 * {@code Optional.empty()} clears the value (the counterparty dialect's {@code {"valid":false}}).
 * Identifiers replace the customer's identifier of the same slot (type, or national-id kind and country).
 */
public record CustomerChanges(
        PersonName name,
        Optional<LocalDate> birthDate,
        Optional<Segment> segment,
        Optional<BranchRef> branch,
        Boolean disabled,
        Optional<BalanceAllowance> balanceAllowance,
        Optional<URI> picture,
        List<Identifier> identifiers) {

    public CustomerChanges {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static CustomerChanges none() {
        return new CustomerChanges(null, null, null, null, null, null, null, List.of());
    }

    public boolean isEmpty() {
        return changedFields().isEmpty();
    }

    /** Names of the changed fields, for the change event. */
    public Set<String> changedFields() {
        Set<String> fields = new LinkedHashSet<>();
        if (name != null) {
            fields.add("name");
        }
        if (birthDate != null) {
            fields.add("birthDate");
        }
        if (segment != null) {
            fields.add("segment");
        }
        if (branch != null) {
            fields.add("branch");
        }
        if (disabled != null) {
            fields.add("disabled");
        }
        if (balanceAllowance != null) {
            fields.add("balanceAllowance");
        }
        if (picture != null) {
            fields.add("picture");
        }
        identifiers.forEach(i -> fields.add(i.type().name().toLowerCase(java.util.Locale.ROOT)));
        return fields;
    }

    public CustomerChanges withName(PersonName newName) {
        return new CustomerChanges(newName, birthDate, segment, branch, disabled, balanceAllowance, picture, identifiers);
    }

    /** With the picture set ({@code Optional.of}) or removed ({@code Optional.empty()}). */
    public CustomerChanges withPicture(Optional<URI> newPicture) {
        return new CustomerChanges(name, birthDate, segment, branch, disabled, balanceAllowance, newPicture, identifiers);
    }

    public CustomerChanges withIdentifiers(List<Identifier> newIdentifiers) {
        return new CustomerChanges(name, birthDate, segment, branch, disabled, balanceAllowance, picture, newIdentifiers);
    }
}
