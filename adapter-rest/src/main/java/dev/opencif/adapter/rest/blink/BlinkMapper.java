package dev.opencif.adapter.rest.blink;

import dev.opencif.adapter.rest.blink.BlinkDto.AddressDto;
import dev.opencif.adapter.rest.blink.BlinkDto.AddressRequest;
import dev.opencif.adapter.rest.blink.BlinkDto.CodedDto;
import dev.opencif.adapter.rest.blink.BlinkDto.ContactDetailDto;
import dev.opencif.adapter.rest.blink.BlinkDto.ContactDetailRequest;
import dev.opencif.adapter.rest.blink.BlinkDto.ContractLink;
import dev.opencif.adapter.rest.blink.BlinkDto.CustomerDto;
import dev.opencif.adapter.rest.blink.BlinkDto.CustomerLinks;
import dev.opencif.adapter.rest.blink.BlinkDto.EmploymentDto;
import dev.opencif.adapter.rest.blink.BlinkDto.FinancialSituation;
import dev.opencif.adapter.rest.blink.BlinkDto.KycDto;
import dev.opencif.adapter.rest.blink.BlinkDto.MoneyDto;
import dev.opencif.adapter.rest.blink.BlinkDto.NonFinancialSituation;
import dev.opencif.adapter.rest.blink.BlinkDto.PersonDto;
import dev.opencif.adapter.rest.blink.BlinkDto.PersonLink;
import dev.opencif.application.port.in.customer.KycRecord;
import dev.opencif.application.shared.PersonRecord;
import dev.opencif.dialect.http.FieldErrors;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.ContactDetailId;
import dev.opencif.domain.customer.ContactMedium;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.CodedValue;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Translates between the bLink camelCase bodies and the domain; enum values travel lower-case. */
final class BlinkMapper {
    private final String base;

    BlinkMapper(String base) {
        this.base = base;
    }

    // ---- requests ----------------------------------------------------------------------------------

    /** An address from a request body; domain field paths ({@code address.city}) become the body's ({@code city}). */
    static Address address(AddressId id, AddressRequest r) {
        FieldErrors fields = new FieldErrors();
        AddressType type = r.addressType() == null ? null
                : fields.get("addressType", () -> Checks.enumValue(AddressType.class, r.addressType(), "addressType"));
        if (r.addressType() == null) {
            fields.fail("addressType", "is required");
        }
        CountryCode country = r.country() == null ? null : fields.get("country", () -> CountryCode.of(r.country()));
        if (r.country() == null) {
            fields.fail("country", "is required");
        }
        fields.throwIfAny();
        try {
            return new Address(id, type, country, r.city(), r.district(), r.town(), r.streetName(), r.streetNo(), r.building(),
                    r.floor(), r.apartment(), r.postalCode(), r.detail(), null);
        } catch (ValidationException e) {
            throw renamed(e, "address.", "");
        }
    }

    static ContactDetail contactDetail(ContactDetailRequest r) {
        if (r.contactMedium() == null) {
            throw ValidationException.of("contactMedium", "is required");
        }
        ContactMedium medium = FieldErrors.field("contactMedium", () -> Checks.enumValue(ContactMedium.class, r.contactMedium(), "contactMedium"));
        String content = r.content();
        if (content != null && !content.isBlank()
                && (medium == ContactMedium.PHONE || medium == ContactMedium.MOBILE || medium == ContactMedium.FAX)) {
            content = FieldErrors.field("content", () -> PhoneNumber.parse(r.content(), null).value());
        }
        try {
            return new ContactDetail(ContactDetailId.random(), medium, r.mediumType(), content, r.additionalInformation());
        } catch (ValidationException e) {
            ValidationException named = renamed(e, "contactDetail.", "");
            throw new ValidationException(named.errors().stream()
                    .map(err -> new FieldError(err.field().equals("additionalInfo") ? "additionalInformation"
                            : err.field().equals("content") || err.field().equals("mediumType") ? err.field() : "content", err.message()))
                    .toList());
        }
    }

    private static ValidationException renamed(ValidationException e, String prefix, String replacement) {
        return new ValidationException(e.errors().stream()
                .map(err -> new FieldError(err.field().startsWith(prefix) ? replacement + err.field().substring(prefix.length())
                        : err.field(), err.message()))
                .toList());
    }

    // ---- responses ---------------------------------------------------------------------------------

    CustomerLinks links(CustomerState c) {
        String self = base + "/customers/" + c.id();
        return new CustomerLinks(self, self + "/kyc", self + "/addresses", base + "/persons/" + c.id());
    }

    CustomerDto customer(CustomerState c) {
        List<PersonLink> persons = new ArrayList<>();
        persons.add(new PersonLink(c.id().toString(), lower(RelationType.HOLDER), base + "/persons/" + c.id()));
        c.representatives().forEach(r -> persons.add(new PersonLink(r.person().toString(), lower(r.relation()),
                base + "/persons/" + r.person())));
        return new CustomerDto(c.id().toString(), c.number().toString(), lower(c.type()), lower(c.status()),
                c.name().fullName(), c.name().first(), c.name().middle(), c.name().last(),
                c.birthDate() == null ? null : c.birthDate().toString(), text(c.segment()), text(c.branch()),
                c.addresses().stream().map(BlinkMapper::address).toList(), persons, links(c));
    }

    KycDto kyc(KycRecord record, CustomerState customer) {
        KycProfile k = record.kyc();
        FinancialSituation financial = new FinancialSituation(money(k.monthlyIncome()), k.sourceOfWealth(),
                coded(k.homeStatus()), money(k.accountLimit()));
        Employment e = k.employment();
        NonFinancialSituation nonFinancial = new NonFinancialSituation(
                e == null ? null : new EmploymentDto(coded(e.workingStatus()), coded(e.jobTitle()), e.companyName(), e.workAreaCode()),
                coded(k.education()), k.riskClass() == null ? null : lower(k.riskClass()), k.pep(), k.fatca(), k.usPerson());
        return new KycDto(record.customerId().toString(), record.number().toString(), record.name().fullName(),
                lower(k.level()), lower(k.method()), k.verifiedAt() == null ? null : k.verifiedAt().toString(),
                record.blacklisted(), financial, nonFinancial, links(customer));
    }

    PersonDto person(PersonRecord record, List<ContactDetail> contacts) {
        CustomerState p = record.person();
        return new PersonDto(p.id().toString(), lower(p.type()), p.name().first(), p.name().middle(), p.name().last(),
                p.birthDate() == null ? null : p.birthDate().toString(),
                record.roles().stream().map(r -> new ContractLink(r.customerId().toString(), lower(r.relation()),
                        base + "/customers/" + r.customerId())).toList(),
                contacts.stream().map(BlinkMapper::contact).toList());
    }

    static ContactDetailDto contact(ContactDetail c) {
        return new ContactDetailDto(c.id().toString(), lower(c.medium()), c.mediumType(), c.content(), c.additionalInfo());
    }

    static AddressDto address(Address a) {
        return new AddressDto(a.id().toString(), lower(a.type()), a.country().value(), a.city(), a.district(), a.town(),
                a.streetName(), a.streetNo(), a.building(), a.floor(), a.apartment(), a.postalCode(), a.detail());
    }

    private static MoneyDto money(Money m) {
        return m == null ? null : new MoneyDto(m.amount(), m.currency().value());
    }

    private static CodedDto coded(CodedValue v) {
        return v == null ? null : new CodedDto(v.code(), v.label());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
