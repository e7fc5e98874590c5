package dev.opencif.application.port.out;

import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.shared.Checks;
import java.time.LocalDate;

/** What the identity registry knows of a citizen: names, birth date and registered address (may be absent). */
public record CitizenRecord(NationalId citizen, PersonName name, LocalDate birthDate, Address registeredAddress) {
    public CitizenRecord {
        Checks.required(citizen, "citizen");
        Checks.required(name, "name");
        Checks.required(birthDate, "birthDate");
    }
}
