package dev.opencif.domain.customer;

import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Checks;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The complete, immutable state of a {@link Customer}: what persistence adapters store and give back.
 * It checks its own field-level rules; {@link Customer#restore} checks the aggregate's invariants.
 * {@code version} is the optimistic-lock version as last stored (0 for a customer never stored).
 */
public record CustomerState(
        CustomerId id,
        CustomerNumber number,
        CustomerType type,
        PersonName name,
        LocalDate birthDate,
        CustomerStatus status,
        Segment segment,
        BranchRef branch,
        CounterpartyId counterparty,
        boolean disabled,
        Blacklisting blacklisting,
        KycProfile kyc,
        List<Identifier> identifiers,
        List<ContactDetail> contacts,
        List<Address> addresses,
        List<Representative> representatives,
        BalanceAllowance balanceAllowance,
        URI picture,
        Instant createdAt,
        Instant updatedAt,
        long version) {
    private static final int MAX_PICTURE_LENGTH = 8192;

    public CustomerState {
        Checks.required(id, "id");
        Checks.required(number, "cif");
        Checks.required(type, "type");
        name = name == null ? PersonName.NONE : name;
        Checks.supportedDate(birthDate, "birthDate");
        Checks.required(status, "status");
        Checks.required(kyc, "kyc");
        identifiers = List.copyOf(Checks.required(identifiers, "identifiers"));
        contacts = List.copyOf(Checks.required(contacts, "contacts"));
        addresses = List.copyOf(Checks.required(addresses, "addresses"));
        representatives = List.copyOf(Checks.required(representatives, "representatives"));
        Checks.that(picture == null || picture.toString().length() <= MAX_PICTURE_LENGTH, "picture",
                "must be at most " + MAX_PICTURE_LENGTH + " characters");
        Checks.required(createdAt, "createdAt");
        Checks.required(updatedAt, "updatedAt");
        Checks.that(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt");
        Checks.that(version >= 0, "version", "must not be negative");
    }
}
