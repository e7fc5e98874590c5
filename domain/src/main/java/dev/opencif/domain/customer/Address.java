package dev.opencif.domain.customer;

import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.CountryCode;

/**
 * A structured postal address of a customer. The model requires what every dialect requires (type,
 * country, city); the stricter lists of a dialect (callAction: district, street name and number,
 * postal code; inter-API: town, district, street, detail) are enforced by that dialect's command.
 */
public record Address(
        AddressId id,
        AddressType type,
        CountryCode country,
        String city,
        String district,
        String town,
        String streetName,
        String streetNo,
        String building,
        String floor,
        String apartment,
        String postalCode,
        String detail,
        RegistryCodes registryCodes) {

    public Address {
        Checks.required(id, "address.id");
        Checks.required(type, "address.type");
        Checks.required(country, "address.country");
        city = Checks.text(city, "address.city", 100);
        district = Checks.optionalText(district, "address.district", 100);
        town = Checks.optionalText(town, "address.town", 100);
        streetName = Checks.optionalText(streetName, "address.streetName", 200);
        streetNo = Checks.optionalText(streetNo, "address.streetNo", 32);
        building = Checks.optionalText(building, "address.building", 64);
        floor = Checks.optionalText(floor, "address.floor", 16);
        apartment = Checks.optionalText(apartment, "address.apartment", 32);
        postalCode = Checks.optionalText(postalCode, "address.postalCode", 16);
        detail = Checks.optionalMultilineText(detail, "address.detail", 500);
        if (registryCodes != null && registryCodes.isEmpty()) {
            registryCodes = null;
        }
    }

    /** The same address content under another id (used when an update replaces an address in place). */
    public Address withId(AddressId newId) {
        return new Address(newId, type, country, city, district, town, streetName, streetNo, building, floor,
                apartment, postalCode, detail, registryCodes);
    }
}
