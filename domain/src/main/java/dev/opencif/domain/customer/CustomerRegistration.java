package dev.opencif.domain.customer;

import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Checks;
import java.time.LocalDate;
import java.util.List;

/** What is known about a customer when it is first registered, from whichever dialect onboards it. */
public record CustomerRegistration(
        CustomerType type,
        PersonName name,
        LocalDate birthDate,
        CustomerStatus status,
        Segment segment,
        BranchRef branch,
        CounterpartyId counterparty,
        boolean disabled,
        KycProfile kyc,
        List<Identifier> identifiers,
        List<ContactDetail> contacts,
        List<Address> addresses,
        BalanceAllowance balanceAllowance) {

    public CustomerRegistration {
        type = type == null ? CustomerType.INDIVIDUAL : type;
        name = name == null ? PersonName.NONE : name;
        status = status == null ? CustomerStatus.PROSPECT : status;
        Checks.that(status.isInitial(), "status", "a new customer starts as PROSPECT, CANDIDATE or ACTIVE, not " + status);
        kyc = kyc == null ? KycProfile.none() : kyc;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** An individual with just a name and identifiers, starting as a prospect. */
    public static CustomerRegistration individual(PersonName name, List<Identifier> identifiers) {
        return new CustomerRegistration(CustomerType.INDIVIDUAL, name, null, CustomerStatus.PROSPECT, null, null,
                null, false, null, identifiers, null, null, null);
    }
}
