package dev.opencif.domain.identifier;

import dev.opencif.domain.shared.CountryCode;

/** The national identity documents OpenCIF validates, with the country that issues each. */
public enum NationalIdKind {
    /** Vietnam citizen identity card (Căn cước công dân): 12 digits. */
    VN_CCCD("VN"),
    /** Vietnam legacy identity card (Chứng minh nhân dân): 9 digits. */
    VN_CMND("VN"),
    /** Turkish identity number (T.C. Kimlik No): 11 digits with two check digits. */
    TR_TCKN("TR"),
    /** Romanian personal numeric code (Cod Numeric Personal): 13 digits, a valid birth date and a check digit. */
    RO_CNP("RO"),
    /** The national identity number of another country, by number and issuing country (4 to 20 letters or digits). */
    NATIONAL(null),
    /** A passport or other document identified by number and issuing country. */
    PASSPORT(null);

    private final String fixedCountry;

    NationalIdKind(String fixedCountry) {
        this.fixedCountry = fixedCountry;
    }

    /** The issuing country when the kind implies one; {@code null} for {@link #NATIONAL} ids and passports. */
    public CountryCode fixedCountry() {
        return fixedCountry == null ? null : new CountryCode(fixedCountry);
    }
}
