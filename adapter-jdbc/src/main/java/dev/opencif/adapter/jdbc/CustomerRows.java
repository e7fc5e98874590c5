package dev.opencif.adapter.jdbc;

import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.BalanceAllowance;
import dev.opencif.domain.customer.Blacklisting;
import dev.opencif.domain.customer.BranchRef;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.ContactDetailId;
import dev.opencif.domain.customer.ContactMedium;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.customer.RegistryCodes;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.customer.RepresentativeId;
import dev.opencif.domain.customer.Segment;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.IdentifierType;
import dev.opencif.domain.identifier.Login;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.NationalIdKind;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.CodedValue;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.kyc.RiskClass;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.Money;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The customer aggregate's rows: the customer table and its four child tables, both directions. */
final class CustomerRows {
    /** The customer columns the adapter reads (every column but {@code row_seq}), by position. */
    static final Columns CUSTOMER = Columns.of("id", "cif", "customer_type", "first_name", "last_name", "middle_name",
            "first_name_lc", "last_name_lc", "middle_name_lc", "surname_sort", "birth_date", "status", "segment", "branch",
            "counterparty_id", "disabled", "blacklist_reason", "blacklisted_at", "blacklist_blocked", "kyc_level", "kyc_method",
            "kyc_verified_at", "kyc_fatca", "kyc_us_person", "kyc_pep", "kyc_risk_class", "kyc_education_code",
            "kyc_education_label", "kyc_employment", "kyc_working_status_code", "kyc_working_status_label", "kyc_job_title_code",
            "kyc_job_title_label", "kyc_company_name", "kyc_work_area_code", "kyc_income_amount", "kyc_income_currency",
            "kyc_income_minor_units", "kyc_home_status_code", "kyc_home_status_label", "kyc_source_of_wealth", "kyc_limit_amount",
            "kyc_limit_currency", "kyc_limit_minor_units", "balance_amount", "balance_currency", "balance_minor_units",
            "balance_issuer", "phone", "login_lc", "picture", "created_at", "updated_at", "version");
    static final Columns IDENTIFIER = Columns.of("customer_id", "list_index", "identifier_type", "id_kind", "id_country",
            "id_value", "lookup_key", "national_id_key", "phone_key", "login_key");
    static final Columns ADDRESS = Columns.of("customer_id", "list_index", "id", "address_type", "country", "city", "district",
            "town", "street_name", "street_no", "building", "floor_no", "apartment", "postal_code", "detail", "reg_type_code",
            "reg_country_code", "reg_city_code", "reg_town_code", "reg_district_code", "reg_district_type", "reg_street_code");
    static final Columns CONTACT = Columns.of("customer_id", "list_index", "id", "medium", "medium_type", "content",
            "additional_info");
    static final Columns REPRESENTATIVE = Columns.of("customer_id", "list_index", "id", "person_id", "relation");

    static final String INSERT_CUSTOMER = CUSTOMER.insert("customer");
    static final String UPDATE_CUSTOMER = CUSTOMER.updateByKeyAndVersion("customer", "id");
    static final String INSERT_IDENTIFIER = IDENTIFIER.insert("customer_identifier");
    static final String INSERT_ADDRESS = ADDRESS.insert("customer_address");
    static final String INSERT_CONTACT = CONTACT.insert("customer_contact");
    static final String INSERT_REPRESENTATIVE = REPRESENTATIVE.insert("customer_representative");
    static final List<String> DELETE_CHILDREN = List.of("DELETE FROM customer_identifier WHERE customer_id = ?",
            "DELETE FROM customer_address WHERE customer_id = ?", "DELETE FROM customer_contact WHERE customer_id = ?",
            "DELETE FROM customer_representative WHERE customer_id = ?");

    /** {@code SELECT c.id, c.cif, … FROM customer c}: the customer row read by {@link #customerRow}. */
    static final String SELECT_CUSTOMER = "SELECT " + CUSTOMER.select("c") + " FROM customer c";
    static final String SELECT_IDENTIFIERS = children(IDENTIFIER, "customer_identifier");
    static final String SELECT_ADDRESSES = children(ADDRESS, "customer_address");
    static final String SELECT_CONTACTS = children(CONTACT, "customer_contact");
    static final String SELECT_REPRESENTATIVES = children(REPRESENTATIVE, "customer_representative");

    /** The customer row: the state without its child lists, which are read from their own tables. */
    record CustomerRow(CustomerState withoutChildren) {
    }

    record IdentifierRow(UUID customerId, Identifier identifier) {
    }

    record AddressRow(UUID customerId, Address address) {
    }

    record ContactRow(UUID customerId, ContactDetail contact) {
    }

    record RepresentativeRow(UUID customerId, Representative representative) {
    }

    private CustomerRows() {
    }

    private static String children(Columns columns, String table) {
        return "SELECT " + columns.select("t") + " FROM " + table + " t WHERE t.customer_id IN (<ids>)"
                + " ORDER BY t.customer_id, t.list_index";
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** The key that makes a login unique within its counterparty ({@code -} for customers without one). */
    static String loginKey(CounterpartyId counterparty, String loginUniqueKey) {
        return (counterparty == null ? "-" : counterparty.toString()) + "/" + loginUniqueKey;
    }

    // ---- writing ----------------------------------------------------------------------------------

    static Columns.Values customerValues(CustomerState s, long version) {
        PersonName name = s.name();
        KycProfile kyc = s.kyc();
        Employment employment = kyc.employment();
        Money income = kyc.monthlyIncome();
        Money limit = kyc.accountLimit();
        Money balance = s.balanceAllowance() == null ? null : s.balanceAllowance().amount();
        return CUSTOMER.values()
                .set("id", s.id().value())
                .set("cif", s.number().value())
                .set("customer_type", s.type().name())
                .set("first_name", name.first())
                .set("last_name", name.last())
                .set("middle_name", name.middle())
                .set("first_name_lc", lower(name.first()))
                .set("last_name_lc", lower(name.last()))
                .set("middle_name_lc", lower(name.middle()))
                .set("surname_sort", name.last() == null ? "" : name.last())
                .set("birth_date", s.birthDate())
                .set("status", s.status().name())
                .set("segment", s.segment() == null ? null : s.segment().value())
                .set("branch", s.branch() == null ? null : s.branch().value())
                .set("counterparty_id", s.counterparty() == null ? null : s.counterparty().value())
                .set("disabled", s.disabled())
                .set("blacklist_reason", s.blacklisting() == null ? null : s.blacklisting().reason())
                .set("blacklisted_at", s.blacklisting() == null ? null : s.blacklisting().since())
                .set("blacklist_blocked", s.blacklisting() != null && s.blacklisting().blockedCustomer())
                .set("kyc_level", kyc.level().name())
                .set("kyc_method", kyc.method().name())
                .set("kyc_verified_at", kyc.verifiedAt())
                .set("kyc_fatca", kyc.fatca())
                .set("kyc_us_person", kyc.usPerson())
                .set("kyc_pep", kyc.pep())
                .set("kyc_risk_class", Rows.name(kyc.riskClass()))
                .set("kyc_education_code", code(kyc.education()))
                .set("kyc_education_label", label(kyc.education()))
                .set("kyc_employment", employment != null)
                .set("kyc_working_status_code", employment == null ? null : code(employment.workingStatus()))
                .set("kyc_working_status_label", employment == null ? null : label(employment.workingStatus()))
                .set("kyc_job_title_code", employment == null ? null : code(employment.jobTitle()))
                .set("kyc_job_title_label", employment == null ? null : label(employment.jobTitle()))
                .set("kyc_company_name", employment == null ? null : employment.companyName())
                .set("kyc_work_area_code", employment == null ? null : employment.workAreaCode())
                .set("kyc_income_amount", Rows.amount(income))
                .set("kyc_income_currency", Rows.currency(income))
                .set("kyc_income_minor_units", Rows.minorUnits(income))
                .set("kyc_home_status_code", code(kyc.homeStatus()))
                .set("kyc_home_status_label", label(kyc.homeStatus()))
                .set("kyc_source_of_wealth", kyc.sourceOfWealth())
                .set("kyc_limit_amount", Rows.amount(limit))
                .set("kyc_limit_currency", Rows.currency(limit))
                .set("kyc_limit_minor_units", Rows.minorUnits(limit))
                .set("balance_amount", Rows.amount(balance))
                .set("balance_currency", Rows.currency(balance))
                .set("balance_minor_units", Rows.minorUnits(balance))
                .set("balance_issuer", s.balanceAllowance() == null ? null : s.balanceAllowance().assetIssuer())
                .set("phone", firstValue(s.identifiers(), IdentifierType.PHONE))
                .set("login_lc", lower(firstValue(s.identifiers(), IdentifierType.LOGIN)))
                .set("picture", s.picture() == null ? null : s.picture().toString())
                .set("created_at", s.createdAt())
                .set("updated_at", s.updatedAt())
                .set("version", version);
    }

    static void insertChildren(Connection c, CustomerState s) throws SQLException {
        UUID customerId = s.id().value();
        List<Object[]> identifiers = new ArrayList<>();
        int index = 0;
        for (Identifier identifier : s.identifiers()) {
            NationalId nationalId = identifier instanceof NationalId n ? n : null;
            identifiers.add(IDENTIFIER.values()
                    .set("customer_id", customerId)
                    .set("list_index", index++)
                    .set("identifier_type", identifier.type().name())
                    .set("id_kind", nationalId == null ? null : nationalId.kind().name())
                    .set("id_country", nationalId == null ? null : nationalId.country().value())
                    .set("id_value", identifier.value())
                    .set("lookup_key", identifier.uniqueKey())
                    .set("national_id_key", nationalId == null ? null : nationalId.uniqueKey())
                    .set("phone_key", identifier.type() == IdentifierType.PHONE
                            ? loginKey(s.counterparty(), identifier.uniqueKey()) : null)
                    .set("login_key", identifier.type() == IdentifierType.LOGIN
                            ? loginKey(s.counterparty(), identifier.uniqueKey()) : null)
                    .all());
        }
        PlainSql.batch(c, INSERT_IDENTIFIER, identifiers);
        List<Object[]> addresses = new ArrayList<>();
        index = 0;
        for (Address a : s.addresses()) {
            RegistryCodes r = a.registryCodes();
            addresses.add(ADDRESS.values()
                    .set("customer_id", customerId)
                    .set("list_index", index++)
                    .set("id", a.id().value())
                    .set("address_type", a.type().name())
                    .set("country", a.country().value())
                    .set("city", a.city())
                    .set("district", a.district())
                    .set("town", a.town())
                    .set("street_name", a.streetName())
                    .set("street_no", a.streetNo())
                    .set("building", a.building())
                    .set("floor_no", a.floor())
                    .set("apartment", a.apartment())
                    .set("postal_code", a.postalCode())
                    .set("detail", a.detail())
                    .set("reg_type_code", r == null ? null : r.typeCode())
                    .set("reg_country_code", r == null ? null : r.countryCode())
                    .set("reg_city_code", r == null ? null : r.cityCode())
                    .set("reg_town_code", r == null ? null : r.townCode())
                    .set("reg_district_code", r == null ? null : r.districtCode())
                    .set("reg_district_type", r == null ? null : r.districtType())
                    .set("reg_street_code", r == null ? null : r.streetCode())
                    .all());
        }
        PlainSql.batch(c, INSERT_ADDRESS, addresses);
        List<Object[]> contacts = new ArrayList<>();
        index = 0;
        for (ContactDetail contact : s.contacts()) {
            contacts.add(CONTACT.values()
                    .set("customer_id", customerId)
                    .set("list_index", index++)
                    .set("id", contact.id().value())
                    .set("medium", contact.medium().name())
                    .set("medium_type", contact.mediumType())
                    .set("content", contact.content())
                    .set("additional_info", contact.additionalInfo())
                    .all());
        }
        PlainSql.batch(c, INSERT_CONTACT, contacts);
        List<Object[]> representatives = new ArrayList<>();
        index = 0;
        for (Representative r : s.representatives()) {
            representatives.add(REPRESENTATIVE.values()
                    .set("customer_id", customerId)
                    .set("list_index", index++)
                    .set("id", r.id().value())
                    .set("person_id", r.person().value())
                    .set("relation", r.relation().name())
                    .all());
        }
        PlainSql.batch(c, INSERT_REPRESENTATIVE, representatives);
    }

    static void deleteChildren(Connection c, CustomerId id) throws SQLException {
        for (String delete : DELETE_CHILDREN) {
            PlainSql.update(c, delete, id.value());
        }
    }

    private static String firstValue(List<Identifier> identifiers, IdentifierType type) {
        return identifiers.stream().filter(i -> i.type() == type).map(Identifier::value).findFirst().orElse(null);
    }

    private static String code(CodedValue value) {
        return value == null ? null : value.code();
    }

    private static String label(CodedValue value) {
        return value == null ? null : value.label();
    }

    // ---- reading ----------------------------------------------------------------------------------

    static CustomerRow customerRow(ResultSet rs) throws SQLException {
        return new CustomerRow(customer(rs));
    }

    static IdentifierRow identifierRow(ResultSet rs) throws SQLException {
        return new IdentifierRow(Rows.uuid(rs, IDENTIFIER.at("customer_id")), identifier(rs));
    }

    static AddressRow addressRow(ResultSet rs) throws SQLException {
        return new AddressRow(Rows.uuid(rs, ADDRESS.at("customer_id")), address(rs));
    }

    static ContactRow contactRow(ResultSet rs) throws SQLException {
        return new ContactRow(Rows.uuid(rs, CONTACT.at("customer_id")), contact(rs));
    }

    static RepresentativeRow representativeRow(ResultSet rs) throws SQLException {
        return new RepresentativeRow(Rows.uuid(rs, REPRESENTATIVE.at("customer_id")),
                new Representative(new RepresentativeId(Rows.uuid(rs, REPRESENTATIVE.at("id"))),
                        new CustomerId(Rows.uuid(rs, REPRESENTATIVE.at("person_id"))),
                        Rows.enumValue(rs, REPRESENTATIVE.at("relation"), RelationType.class)));
    }

    private static CustomerState customer(ResultSet rs) throws SQLException {
        Employment employment = rs.getBoolean(CUSTOMER.at("kyc_employment"))
                ? new Employment(coded(rs, "kyc_working_status"), coded(rs, "kyc_job_title"),
                        rs.getString(CUSTOMER.at("kyc_company_name")), rs.getString(CUSTOMER.at("kyc_work_area_code")))
                : null;
        KycProfile kyc = new KycProfile(
                Rows.enumValue(rs, CUSTOMER.at("kyc_level"), KycLevel.class),
                Rows.enumValue(rs, CUSTOMER.at("kyc_method"), KycMethod.class),
                Rows.instant(rs, CUSTOMER.at("kyc_verified_at")),
                rs.getBoolean(CUSTOMER.at("kyc_fatca")),
                rs.getBoolean(CUSTOMER.at("kyc_us_person")),
                rs.getBoolean(CUSTOMER.at("kyc_pep")),
                Rows.enumValue(rs, CUSTOMER.at("kyc_risk_class"), RiskClass.class),
                coded(rs, "kyc_education"),
                employment,
                money(rs, "kyc_income"),
                coded(rs, "kyc_home_status"),
                rs.getString(CUSTOMER.at("kyc_source_of_wealth")),
                money(rs, "kyc_limit"));
        Money balance = money(rs, "balance");
        String blacklistReason = rs.getString(CUSTOMER.at("blacklist_reason"));
        UUID counterparty = Rows.uuid(rs, CUSTOMER.at("counterparty_id"));
        String segment = rs.getString(CUSTOMER.at("segment"));
        String branch = rs.getString(CUSTOMER.at("branch"));
        String picture = rs.getString(CUSTOMER.at("picture"));
        return new CustomerState(
                new CustomerId(Rows.uuid(rs, CUSTOMER.at("id"))),
                new CustomerNumber(rs.getLong(CUSTOMER.at("cif"))),
                Rows.enumValue(rs, CUSTOMER.at("customer_type"), CustomerType.class),
                new PersonName(rs.getString(CUSTOMER.at("first_name")), rs.getString(CUSTOMER.at("last_name")),
                        rs.getString(CUSTOMER.at("middle_name"))),
                Rows.date(rs, CUSTOMER.at("birth_date")),
                Rows.enumValue(rs, CUSTOMER.at("status"), CustomerStatus.class),
                segment == null ? null : new Segment(segment),
                branch == null ? null : new BranchRef(branch),
                counterparty == null ? null : new CounterpartyId(counterparty),
                rs.getBoolean(CUSTOMER.at("disabled")),
                blacklistReason == null ? null
                        : new Blacklisting(blacklistReason, Rows.instant(rs, CUSTOMER.at("blacklisted_at")),
                                rs.getBoolean(CUSTOMER.at("blacklist_blocked"))),
                kyc,
                List.of(), List.of(), List.of(), List.of(),
                balance == null ? null : new BalanceAllowance(balance, rs.getString(CUSTOMER.at("balance_issuer"))),
                picture == null ? null : URI.create(picture),
                Rows.instant(rs, CUSTOMER.at("created_at")),
                Rows.instant(rs, CUSTOMER.at("updated_at")),
                rs.getLong(CUSTOMER.at("version")));
    }

    /** The money in the customer columns {@code prefix_amount}, {@code prefix_currency} and {@code prefix_minor_units}. */
    private static Money money(ResultSet rs, String prefix) throws SQLException {
        return Rows.money(rs, CUSTOMER.at(prefix + "_amount"), CUSTOMER.at(prefix + "_currency"),
                CUSTOMER.at(prefix + "_minor_units"));
    }

    private static CodedValue coded(ResultSet rs, String prefix) throws SQLException {
        return CodedValue.of(rs.getString(CUSTOMER.at(prefix + "_code")), rs.getString(CUSTOMER.at(prefix + "_label")));
    }

    private static Identifier identifier(ResultSet rs) throws SQLException {
        String value = rs.getString(IDENTIFIER.at("id_value"));
        IdentifierType type = Rows.enumValue(rs, IDENTIFIER.at("identifier_type"), IdentifierType.class);
        return switch (type) {
            case NATIONAL_ID -> new NationalId(Rows.enumValue(rs, IDENTIFIER.at("id_kind"), NationalIdKind.class),
                    new CountryCode(rs.getString(IDENTIFIER.at("id_country"))), value);
            case PHONE -> new PhoneNumber(value);
            case EMAIL -> new EmailAddress(value);
            case LOGIN -> new Login(value);
            case BANKING_USERNAME -> new BankingUsername(value);
        };
    }

    private static Address address(ResultSet rs) throws SQLException {
        return new Address(
                new AddressId(Rows.uuid(rs, ADDRESS.at("id"))),
                Rows.enumValue(rs, ADDRESS.at("address_type"), AddressType.class),
                new CountryCode(rs.getString(ADDRESS.at("country"))),
                rs.getString(ADDRESS.at("city")),
                rs.getString(ADDRESS.at("district")),
                rs.getString(ADDRESS.at("town")),
                rs.getString(ADDRESS.at("street_name")),
                rs.getString(ADDRESS.at("street_no")),
                rs.getString(ADDRESS.at("building")),
                rs.getString(ADDRESS.at("floor_no")),
                rs.getString(ADDRESS.at("apartment")),
                rs.getString(ADDRESS.at("postal_code")),
                rs.getString(ADDRESS.at("detail")),
                new RegistryCodes(rs.getString(ADDRESS.at("reg_type_code")), rs.getString(ADDRESS.at("reg_country_code")),
                        rs.getString(ADDRESS.at("reg_city_code")), rs.getString(ADDRESS.at("reg_town_code")),
                        rs.getString(ADDRESS.at("reg_district_code")),
                        rs.getString(ADDRESS.at("reg_district_type")), rs.getString(ADDRESS.at("reg_street_code"))));
    }

    private static ContactDetail contact(ResultSet rs) throws SQLException {
        return new ContactDetail(new ContactDetailId(Rows.uuid(rs, CONTACT.at("id"))),
                Rows.enumValue(rs, CONTACT.at("medium"), ContactMedium.class), rs.getString(CONTACT.at("medium_type")),
                rs.getString(CONTACT.at("content")), rs.getString(CONTACT.at("additional_info")));
    }
}
