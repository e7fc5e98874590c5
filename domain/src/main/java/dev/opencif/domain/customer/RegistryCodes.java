package dev.opencif.domain.customer;

import dev.opencif.domain.shared.Checks;

/**
 * Codes of an address in an official address registry (inter-API sends Pusula/KPS codes:
 * {@code TypeCode}, {@code CountryCode}, {@code CityCode}, {@code TownCode}, {@code DistrictCode},
 * {@code DistrictType}, {@code StreetCode}). All optional; kept as sent.
 */
public record RegistryCodes(String typeCode, String countryCode, String cityCode, String townCode,
                            String districtCode, String districtType, String streetCode) {
    public RegistryCodes {
        typeCode = Checks.optionalText(typeCode, "registry.typeCode", 32);
        countryCode = Checks.optionalText(countryCode, "registry.countryCode", 32);
        cityCode = Checks.optionalText(cityCode, "registry.cityCode", 32);
        townCode = Checks.optionalText(townCode, "registry.townCode", 32);
        districtCode = Checks.optionalText(districtCode, "registry.districtCode", 32);
        districtType = Checks.optionalText(districtType, "registry.districtType", 32);
        streetCode = Checks.optionalText(streetCode, "registry.streetCode", 32);
    }

    public boolean isEmpty() {
        return typeCode == null && countryCode == null && cityCode == null && townCode == null
                && districtCode == null && districtType == null && streetCode == null;
    }
}
