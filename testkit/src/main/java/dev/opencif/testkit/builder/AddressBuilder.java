package dev.opencif.testkit.builder;

import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.RegistryCodes;
import dev.opencif.domain.shared.CountryCode;

/** Builds valid {@link Address}es: a complete Istanbul home address unless told otherwise. */
public final class AddressBuilder {
    private AddressId id;
    private AddressType type = AddressType.HOME;
    private CountryCode country = CountryCode.TR;
    private String city = "Istanbul";
    private String district = "Kadıköy";
    private String town = "Caferağa";
    private String streetName = "Moda Caddesi";
    private String streetNo = "12";
    private String building;
    private String floor = "3";
    private String apartment = "7";
    private String postalCode = "34710";
    private String detail;
    private RegistryCodes registryCodes;

    private AddressBuilder() {
    }

    public static AddressBuilder anAddress() {
        return new AddressBuilder();
    }

    /** A minimal address: type, country and city only. */
    public static AddressBuilder aMinimalAddress() {
        AddressBuilder b = new AddressBuilder();
        b.district = null;
        b.town = null;
        b.streetName = null;
        b.streetNo = null;
        b.floor = null;
        b.apartment = null;
        b.postalCode = null;
        return b;
    }

    public AddressBuilder withId(AddressId value) {
        id = value;
        return this;
    }

    public AddressBuilder withType(AddressType value) {
        type = value;
        return this;
    }

    public AddressBuilder inCountry(String isoCode) {
        country = CountryCode.of(isoCode);
        return this;
    }

    public AddressBuilder inCity(String value) {
        city = value;
        return this;
    }

    public AddressBuilder withDistrict(String value) {
        district = value;
        return this;
    }

    public AddressBuilder withTown(String value) {
        town = value;
        return this;
    }

    public AddressBuilder withStreet(String name, String number) {
        streetName = name;
        streetNo = number;
        return this;
    }

    public AddressBuilder withBuilding(String value) {
        building = value;
        return this;
    }

    public AddressBuilder withFloor(String value) {
        floor = value;
        return this;
    }

    public AddressBuilder withApartment(String value) {
        apartment = value;
        return this;
    }

    public AddressBuilder withPostalCode(String value) {
        postalCode = value;
        return this;
    }

    public AddressBuilder withDetail(String value) {
        detail = value;
        return this;
    }

    public AddressBuilder withRegistryCodes(RegistryCodes value) {
        registryCodes = value;
        return this;
    }

    /** A new address; without an explicit id each call gets a fresh random one. */
    public Address build() {
        return new Address(id == null ? AddressId.random() : id, type, country, city, district, town, streetName, streetNo,
                building, floor, apartment, postalCode, detail, registryCodes);
    }
}
