package dev.opencif.adapter.esb.interapi;

import dev.opencif.dialect.json.ValueFields;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.RegistryCodes;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.CountryNames;
import java.util.Map;

/**
 * inter-API values to domain values: address blocks with their Pusula/KPS registry codes, country names
 * ({@code Türkiye}, {@code TÜRKİYE}, {@code Turkey} or {@code TR} → ISO {@code TR}) and address kinds.
 * Text is kept exactly as sent, Turkish letters included.
 */
final class InterApiMapper {
    /** Registry country codes that are telephone calling codes, as Pusula sends them ({@code 90}). */
    private static final Map<String, String> CALLING_CODES = Map.of("90", "TR");

    private InterApiMapper() {
    }

    /** An address block; {@code slot} is the kind the block stands for (HomeAddressInfo → HOME). */
    static Address address(InterApiDtos.AddressInfo a, AddressType slot, String field) {
        if (a.type() != null && !a.type().isBlank()) {
            AddressType declared = addressType(a.type(), field + ".Type");
            if (declared != slot) {
                throw ValidationException.of(field + ".Type", "must be " + wireName(slot) + " in this address block, not " + a.type());
            }
        }
        CountryCode country = country(a.country(), a.countryCode(), field + ".Country");
        String city = ValueFields.required(a.city(), field + ".City");
        String town = ValueFields.required(a.town(), field + ".Town");
        String district = ValueFields.required(a.district(), field + ".District");
        String street = ValueFields.required(a.street(), field + ".Street");
        String detail = ValueFields.required(a.addressDetail(), field + ".AddressDetail");
        try {
            RegistryCodes codes = new RegistryCodes(a.typeCode(), a.countryCode(), a.cityCode(), a.townCode(), a.districtCode(),
                    a.districtType(), a.streetCode());
            return new Address(AddressId.random(), slot, country, city, district, town, street, null, null, null, null, null,
                    detail, codes);
        } catch (ValidationException e) {
            throw ValueFields.translated(e, Map.ofEntries(
                    Map.entry("address.city", field + ".City"), Map.entry("address.town", field + ".Town"),
                    Map.entry("address.district", field + ".District"), Map.entry("address.streetName", field + ".Street"),
                    Map.entry("address.detail", field + ".AddressDetail"), Map.entry("registry.typeCode", field + ".TypeCode"),
                    Map.entry("registry.countryCode", field + ".CountryCode"), Map.entry("registry.cityCode", field + ".CityCode"),
                    Map.entry("registry.townCode", field + ".TownCode"), Map.entry("registry.districtCode", field + ".DistrictCode"),
                    Map.entry("registry.districtType", field + ".DistrictType"),
                    Map.entry("registry.streetCode", field + ".StreetCode")));
        }
    }

    /** {@code Home}/{@code HomeAddress}, {@code Work}/{@code WorkAddress}/{@code JobAddress}, {@code Contact}/{@code ContactAddress}. */
    static AddressType addressType(String value, String field) {
        String key = CountryNames.fold(value).replace(" ", "");
        switch (key) {
            case "HOME":
            case "HOMEADDRESS":
                return AddressType.HOME;
            case "WORK":
            case "WORKADDRESS":
            case "JOB":
            case "JOBADDRESS":
                return AddressType.WORK;
            case "CONTACT":
            case "CONTACTADDRESS":
                return AddressType.CONTACT;
            default:
                throw ValidationException.of(field, "must be Home, Work or Contact, not " + value);
        }
    }

    private static String wireName(AddressType type) {
        switch (type) {
            case HOME:
                return "HomeAddress";
            case WORK:
                return "WorkAddress";
            default:
                return "ContactAddress";
        }
    }

    /** The ISO country of a country name or code; when no name is sent, a Pusula calling code such as 90. */
    static CountryCode country(String name, String registryCode, String field) {
        if (name == null || name.isBlank()) {
            String byCode = registryCode == null ? null : CALLING_CODES.get(registryCode.strip());
            if (byCode == null) {
                throw ValidationException.of(field, "is required");
            }
            return CountryCode.of(byCode);
        }
        return CountryNames.find(name).orElseThrow(() -> ValidationException.of(field,
                "is not a country we know (send a name such as Türkiye or an ISO code such as TR)"));
    }
}
