package dev.opencif.application.shared;

import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.ContactDetailId;
import dev.opencif.domain.customer.ContactMedium;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person (a customer record) with the roles it holds towards the customers the viewer may see. */
public record PersonRecord(
        CustomerState person,
        List<PersonRole> roles) {

    /** The tag of the contacts derived from the person's phone and e-mail identifiers. */
    public static final String PRIMARY = "primary";

    /** This person's contact details: see {@link #contactDetailsOf}. */
    public List<ContactDetail> contactDetails() {
        return contactDetailsOf(person);
    }

    /**
     * A person's contact details: the stored ones, then its phone and e-mail identifiers as {@value #PRIMARY} contacts
     * with ids derived from the person (stable across reads) unless a stored contact of the same kind holds them.
     */
    public static List<ContactDetail> contactDetailsOf(CustomerState person) {
        List<ContactDetail> contacts = new ArrayList<>(person.contacts());
        first(person, PhoneNumber.class).ifPresent(phone -> addPrimary(contacts, person.id(), ContactMedium.MOBILE, phone.value()));
        first(person, EmailAddress.class).ifPresent(email -> addPrimary(contacts, person.id(), ContactMedium.EMAIL, email.value()));
        return List.copyOf(contacts);
    }

    /** The stable id of the contact derived from a person's identifier of {@code medium}. */
    public static ContactDetailId primaryId(CustomerId person, ContactMedium medium) {
        return new ContactDetailId(UUID.nameUUIDFromBytes((person + ":" + medium).getBytes(StandardCharsets.UTF_8)));
    }

    private static void addPrimary(List<ContactDetail> contacts, CustomerId person, ContactMedium medium, String content) {
        boolean stored = contacts.stream().anyMatch(c -> kind(c.medium()) == kind(medium) && c.content().equals(content));
        if (!stored) {
            contacts.add(new ContactDetail(primaryId(person, medium), medium, PRIMARY, content, null));
        }
    }

    private static <T extends Identifier> Optional<T> first(CustomerState person, Class<T> type) {
        return person.identifiers().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Phone and mobile are one kind of contact: the same number under either is the same contact. */
    private static ContactMedium kind(ContactMedium medium) {
        return medium == ContactMedium.MOBILE ? ContactMedium.PHONE : medium;
    }
}
