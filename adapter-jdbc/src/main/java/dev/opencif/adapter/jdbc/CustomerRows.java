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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** The customer aggregate's rows: the customer table and its four child tables, both directions. */
final class CustomerRows {
    static final String INSERT_CUSTOMER = """
            INSERT INTO customer (id, cif, customer_type, first_name, last_name, middle_name, first_name_lc, last_name_lc,
                middle_name_lc, surname_sort, birth_date, status, segment, branch, counterparty_id, disabled, blacklist_reason,
                blacklisted_at, blacklist_blocked, kyc_level, kyc_method, kyc_verified_at, kyc_fatca, kyc_us_person, kyc_pep, kyc_risk_class,
                kyc_education_code, kyc_education_label, kyc_employment, kyc_working_status_code, kyc_working_status_label,
                kyc_job_title_code, kyc_job_title_label, kyc_company_name, kyc_work_area_code, kyc_income_amount,
                kyc_income_currency, kyc_income_minor_units, kyc_home_status_code, kyc_home_status_label, kyc_source_of_wealth,
                kyc_limit_amount, kyc_limit_currency, kyc_limit_minor_units, balance_amount, balance_currency,
                balance_minor_units, balance_issuer, phone, login_lc, picture, created_at, updated_at, version)
            VALUES (:id, :cif, :customer_type, :first_name, :last_name, :middle_name, :first_name_lc, :last_name_lc,
                :middle_name_lc, :surname_sort, :birth_date, :status, :segment, :branch, :counterparty_id, :disabled, :blacklist_reason,
                :blacklisted_at, :blacklist_blocked, :kyc_level, :kyc_method, :kyc_verified_at, :kyc_fatca, :kyc_us_person, :kyc_pep, :kyc_risk_class,
                :kyc_education_code, :kyc_education_label, :kyc_employment, :kyc_working_status_code, :kyc_working_status_label,
                :kyc_job_title_code, :kyc_job_title_label, :kyc_company_name, :kyc_work_area_code, :kyc_income_amount,
                :kyc_income_currency, :kyc_income_minor_units, :kyc_home_status_code, :kyc_home_status_label, :kyc_source_of_wealth,
                :kyc_limit_amount, :kyc_limit_currency, :kyc_limit_minor_units, :balance_amount, :balance_currency,
                :balance_minor_units, :balance_issuer, :phone, :login_lc, :picture, :created_at, :updated_at, :version)
            """;

    static final String UPDATE_CUSTOMER = """
            UPDATE customer SET cif = :cif, customer_type = :customer_type, first_name = :first_name, last_name = :last_name,
                middle_name = :middle_name, first_name_lc = :first_name_lc, last_name_lc = :last_name_lc,
                middle_name_lc = :middle_name_lc, surname_sort = :surname_sort, birth_date = :birth_date, status = :status,
                segment = :segment, branch = :branch, counterparty_id = :counterparty_id, disabled = :disabled,
                blacklist_reason = :blacklist_reason, blacklisted_at = :blacklisted_at,
                blacklist_blocked = :blacklist_blocked, kyc_level = :kyc_level,
                kyc_method = :kyc_method, kyc_verified_at = :kyc_verified_at, kyc_fatca = :kyc_fatca,
                kyc_us_person = :kyc_us_person, kyc_pep = :kyc_pep, kyc_risk_class = :kyc_risk_class,
                kyc_education_code = :kyc_education_code, kyc_education_label = :kyc_education_label,
                kyc_employment = :kyc_employment, kyc_working_status_code = :kyc_working_status_code,
                kyc_working_status_label = :kyc_working_status_label, kyc_job_title_code = :kyc_job_title_code,
                kyc_job_title_label = :kyc_job_title_label, kyc_company_name = :kyc_company_name,
                kyc_work_area_code = :kyc_work_area_code, kyc_income_amount = :kyc_income_amount,
                kyc_income_currency = :kyc_income_currency, kyc_income_minor_units = :kyc_income_minor_units,
                kyc_home_status_code = :kyc_home_status_code, kyc_home_status_label = :kyc_home_status_label,
                kyc_source_of_wealth = :kyc_source_of_wealth, kyc_limit_amount = :kyc_limit_amount,
                kyc_limit_currency = :kyc_limit_currency, kyc_limit_minor_units = :kyc_limit_minor_units,
                balance_amount = :balance_amount, balance_currency = :balance_currency,
                balance_minor_units = :balance_minor_units, balance_issuer = :balance_issuer, phone = :phone,
                login_lc = :login_lc, picture = :picture, created_at = :created_at, updated_at = :updated_at,
                version = :version
            WHERE id = :id AND version = :expected_version
            """;

    static final String INSERT_IDENTIFIER = """
            INSERT INTO customer_identifier (customer_id, list_index, identifier_type, id_kind, id_country, id_value,
                lookup_key, national_id_key, phone_key, login_key)
            VALUES (:customer_id, :list_index, :identifier_type, :id_kind, :id_country, :id_value,
                :lookup_key, :national_id_key, :phone_key, :login_key)
            """;
    static final String INSERT_ADDRESS = """
            INSERT INTO customer_address (customer_id, list_index, id, address_type, country, city, district, town,
                street_name, street_no, building, floor_no, apartment, postal_code, detail, reg_type_code, reg_country_code,
                reg_city_code, reg_town_code, reg_district_code, reg_district_type, reg_street_code)
            VALUES (:customer_id, :list_index, :id, :address_type, :country, :city, :district, :town,
                :street_name, :street_no, :building, :floor_no, :apartment, :postal_code, :detail, :reg_type_code, :reg_country_code,
                :reg_city_code, :reg_town_code, :reg_district_code, :reg_district_type, :reg_street_code)
            """;
    static final String INSERT_CONTACT = """
            INSERT INTO customer_contact (customer_id, list_index, id, medium, medium_type, content, additional_info)
            VALUES (:customer_id, :list_index, :id, :medium, :medium_type, :content, :additional_info)
            """;
    static final String INSERT_REPRESENTATIVE = """
            INSERT INTO customer_representative (customer_id, list_index, id, person_id, relation)
            VALUES (:customer_id, :list_index, :id, :person_id, :relation)
            """;

    static final String DELETE_IDENTIFIERS = "DELETE FROM customer_identifier WHERE customer_id = :customer_id";
    static final String DELETE_ADDRESSES = "DELETE FROM customer_address WHERE customer_id = :customer_id";
    static final String DELETE_CONTACTS = "DELETE FROM customer_contact WHERE customer_id = :customer_id";
    static final String DELETE_REPRESENTATIVES = "DELETE FROM customer_representative WHERE customer_id = :customer_id";

    static final String SELECT_IDENTIFIERS =
            "SELECT * FROM customer_identifier WHERE customer_id IN (<ids>) ORDER BY customer_id, list_index";
    static final String SELECT_ADDRESSES =
            "SELECT * FROM customer_address WHERE customer_id IN (<ids>) ORDER BY customer_id, list_index";
    static final String SELECT_CONTACTS =
            "SELECT * FROM customer_contact WHERE customer_id IN (<ids>) ORDER BY customer_id, list_index";
    static final String SELECT_REPRESENTATIVES =
            "SELECT * FROM customer_representative WHERE customer_id IN (<ids>) ORDER BY customer_id, list_index";

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

    static void registerMappers(Jdbi jdbi) {
        jdbi.registerRowMapper(CustomerRow.class, (rs, ctx) -> new CustomerRow(customer(rs)));
        jdbi.registerRowMapper(IdentifierRow.class, (rs, ctx) -> new IdentifierRow(Rows.uuid(rs, "customer_id"), identifier(rs)));
        jdbi.registerRowMapper(AddressRow.class, (rs, ctx) -> new AddressRow(Rows.uuid(rs, "customer_id"), address(rs)));
        jdbi.registerRowMapper(ContactRow.class, (rs, ctx) -> new ContactRow(Rows.uuid(rs, "customer_id"), contact(rs)));
        jdbi.registerRowMapper(RepresentativeRow.class, (rs, ctx) -> new RepresentativeRow(Rows.uuid(rs, "customer_id"),
                new Representative(new RepresentativeId(Rows.uuid(rs, "id")), new CustomerId(Rows.uuid(rs, "person_id")),
                        Rows.enumValue(rs, "relation", RelationType.class))));
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** The key that makes a login unique within its counterparty ({@code -} for customers without one). */
    static String loginKey(CounterpartyId counterparty, String loginUniqueKey) {
        return (counterparty == null ? "-" : counterparty.toString()) + "/" + loginUniqueKey;
    }

    // ---- writing ----------------------------------------------------------------------------------

    static <S extends SqlStatement<S>> S bindCustomer(S statement, CustomerState s, long version) {
        PersonName name = s.name();
        KycProfile kyc = s.kyc();
        Employment employment = kyc.employment();
        Money income = kyc.monthlyIncome();
        Money limit = kyc.accountLimit();
        Money balance = s.balanceAllowance() == null ? null : s.balanceAllowance().amount();
        return statement
                .bind("id", s.id().value())
                .bind("cif", s.number().value())
                .bind("customer_type", s.type().name())
                .bind("first_name", name.first())
                .bind("last_name", name.last())
                .bind("middle_name", name.middle())
                .bind("first_name_lc", lower(name.first()))
                .bind("last_name_lc", lower(name.last()))
                .bind("middle_name_lc", lower(name.middle()))
                .bind("surname_sort", name.last() == null ? "" : name.last())
                .bindByType("birth_date", s.birthDate(), java.time.LocalDate.class)
                .bind("status", s.status().name())
                .bind("segment", s.segment() == null ? null : s.segment().value())
                .bind("branch", s.branch() == null ? null : s.branch().value())
                .bind("counterparty_id", s.counterparty() == null ? null : s.counterparty().value())
                .bind("disabled", s.disabled())
                .bind("blacklist_reason", s.blacklisting() == null ? null : s.blacklisting().reason())
                .bindByType("blacklisted_at", s.blacklisting() == null ? null : s.blacklisting().since(), Instant.class)
                .bind("blacklist_blocked", s.blacklisting() != null && s.blacklisting().blockedCustomer())
                .bind("kyc_level", kyc.level().name())
                .bind("kyc_method", kyc.method().name())
                .bindByType("kyc_verified_at", kyc.verifiedAt(), Instant.class)
                .bind("kyc_fatca", kyc.fatca())
                .bind("kyc_us_person", kyc.usPerson())
                .bind("kyc_pep", kyc.pep())
                .bind("kyc_risk_class", Rows.name(kyc.riskClass()))
                .bind("kyc_education_code", code(kyc.education()))
                .bind("kyc_education_label", label(kyc.education()))
                .bind("kyc_employment", employment != null)
                .bind("kyc_working_status_code", employment == null ? null : code(employment.workingStatus()))
                .bind("kyc_working_status_label", employment == null ? null : label(employment.workingStatus()))
                .bind("kyc_job_title_code", employment == null ? null : code(employment.jobTitle()))
                .bind("kyc_job_title_label", employment == null ? null : label(employment.jobTitle()))
                .bind("kyc_company_name", employment == null ? null : employment.companyName())
                .bind("kyc_work_area_code", employment == null ? null : employment.workAreaCode())
                .bind("kyc_income_amount", Rows.amount(income))
                .bind("kyc_income_currency", Rows.currency(income))
                .bind("kyc_income_minor_units", Rows.minorUnits(income))
                .bind("kyc_home_status_code", code(kyc.homeStatus()))
                .bind("kyc_home_status_label", label(kyc.homeStatus()))
                .bind("kyc_source_of_wealth", kyc.sourceOfWealth())
                .bind("kyc_limit_amount", Rows.amount(limit))
                .bind("kyc_limit_currency", Rows.currency(limit))
                .bind("kyc_limit_minor_units", Rows.minorUnits(limit))
                .bind("balance_amount", Rows.amount(balance))
                .bind("balance_currency", Rows.currency(balance))
                .bind("balance_minor_units", Rows.minorUnits(balance))
                .bind("balance_issuer", s.balanceAllowance() == null ? null : s.balanceAllowance().assetIssuer())
                .bind("phone", firstValue(s.identifiers(), IdentifierType.PHONE))
                .bind("login_lc", lower(firstValue(s.identifiers(), IdentifierType.LOGIN)))
                .bind("picture", s.picture() == null ? null : s.picture().toString())
                .bindByType("created_at", s.createdAt(), Instant.class)
                .bindByType("updated_at", s.updatedAt(), Instant.class)
                .bind("version", version);
    }

    static void insertChildren(org.jdbi.v3.core.Handle handle, CustomerState s) {
        UUID customerId = s.id().value();
        if (!s.identifiers().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch(INSERT_IDENTIFIER);
            int index = 0;
            for (Identifier identifier : s.identifiers()) {
                NationalId nationalId = identifier instanceof NationalId n ? n : null;
                batch.bind("customer_id", customerId)
                        .bind("list_index", index++)
                        .bind("identifier_type", identifier.type().name())
                        .bind("id_kind", nationalId == null ? null : nationalId.kind().name())
                        .bind("id_country", nationalId == null ? null : nationalId.country().value())
                        .bind("id_value", identifier.value())
                        .bind("lookup_key", identifier.uniqueKey())
                        .bind("national_id_key", nationalId == null ? null : nationalId.uniqueKey())
                        .bind("phone_key", identifier.type() == IdentifierType.PHONE ? identifier.uniqueKey() : null)
                        .bind("login_key", identifier.type() == IdentifierType.LOGIN
                                ? loginKey(s.counterparty(), identifier.uniqueKey()) : null)
                        .add();
            }
            batch.execute();
        }
        if (!s.addresses().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch(INSERT_ADDRESS);
            int index = 0;
            for (Address a : s.addresses()) {
                RegistryCodes r = a.registryCodes();
                batch.bind("customer_id", customerId)
                        .bind("list_index", index++)
                        .bind("id", a.id().value())
                        .bind("address_type", a.type().name())
                        .bind("country", a.country().value())
                        .bind("city", a.city())
                        .bind("district", a.district())
                        .bind("town", a.town())
                        .bind("street_name", a.streetName())
                        .bind("street_no", a.streetNo())
                        .bind("building", a.building())
                        .bind("floor_no", a.floor())
                        .bind("apartment", a.apartment())
                        .bind("postal_code", a.postalCode())
                        .bind("detail", a.detail())
                        .bind("reg_type_code", r == null ? null : r.typeCode())
                        .bind("reg_country_code", r == null ? null : r.countryCode())
                        .bind("reg_city_code", r == null ? null : r.cityCode())
                        .bind("reg_town_code", r == null ? null : r.townCode())
                        .bind("reg_district_code", r == null ? null : r.districtCode())
                        .bind("reg_district_type", r == null ? null : r.districtType())
                        .bind("reg_street_code", r == null ? null : r.streetCode())
                        .add();
            }
            batch.execute();
        }
        if (!s.contacts().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch(INSERT_CONTACT);
            int index = 0;
            for (ContactDetail c : s.contacts()) {
                batch.bind("customer_id", customerId)
                        .bind("list_index", index++)
                        .bind("id", c.id().value())
                        .bind("medium", c.medium().name())
                        .bind("medium_type", c.mediumType())
                        .bind("content", c.content())
                        .bind("additional_info", c.additionalInfo())
                        .add();
            }
            batch.execute();
        }
        if (!s.representatives().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch(INSERT_REPRESENTATIVE);
            int index = 0;
            for (Representative r : s.representatives()) {
                batch.bind("customer_id", customerId)
                        .bind("list_index", index++)
                        .bind("id", r.id().value())
                        .bind("person_id", r.person().value())
                        .bind("relation", r.relation().name())
                        .add();
            }
            batch.execute();
        }
    }

    static void deleteChildren(org.jdbi.v3.core.Handle handle, CustomerId id) {
        for (String delete : List.of(DELETE_IDENTIFIERS, DELETE_ADDRESSES, DELETE_CONTACTS, DELETE_REPRESENTATIVES)) {
            handle.createUpdate(delete).bind("customer_id", id.value()).execute();
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

    private static CustomerState customer(ResultSet rs) throws SQLException {
        Employment employment = rs.getBoolean("kyc_employment")
                ? new Employment(coded(rs, "kyc_working_status"), coded(rs, "kyc_job_title"),
                        rs.getString("kyc_company_name"), rs.getString("kyc_work_area_code"))
                : null;
        KycProfile kyc = new KycProfile(
                Rows.enumValue(rs, "kyc_level", KycLevel.class),
                Rows.enumValue(rs, "kyc_method", KycMethod.class),
                Rows.instant(rs, "kyc_verified_at"),
                rs.getBoolean("kyc_fatca"),
                rs.getBoolean("kyc_us_person"),
                rs.getBoolean("kyc_pep"),
                Rows.enumValue(rs, "kyc_risk_class", RiskClass.class),
                coded(rs, "kyc_education"),
                employment,
                Rows.money(rs, "kyc_income_amount", "kyc_income_currency", "kyc_income_minor_units"),
                coded(rs, "kyc_home_status"),
                rs.getString("kyc_source_of_wealth"),
                Rows.money(rs, "kyc_limit_amount", "kyc_limit_currency", "kyc_limit_minor_units"));
        Money balance = Rows.money(rs, "balance_amount", "balance_currency", "balance_minor_units");
        String blacklistReason = rs.getString("blacklist_reason");
        UUID counterparty = Rows.uuid(rs, "counterparty_id");
        String segment = rs.getString("segment");
        String branch = rs.getString("branch");
        String picture = rs.getString("picture");
        return new CustomerState(
                new CustomerId(Rows.uuid(rs, "id")),
                new CustomerNumber(rs.getLong("cif")),
                Rows.enumValue(rs, "customer_type", CustomerType.class),
                new PersonName(rs.getString("first_name"), rs.getString("last_name"), rs.getString("middle_name")),
                Rows.date(rs, "birth_date"),
                Rows.enumValue(rs, "status", CustomerStatus.class),
                segment == null ? null : new Segment(segment),
                branch == null ? null : new BranchRef(branch),
                counterparty == null ? null : new CounterpartyId(counterparty),
                rs.getBoolean("disabled"),
                blacklistReason == null ? null : new Blacklisting(blacklistReason, Rows.instant(rs, "blacklisted_at"),
                        rs.getBoolean("blacklist_blocked")),
                kyc,
                List.of(), List.of(), List.of(), List.of(),
                balance == null ? null : new BalanceAllowance(balance, rs.getString("balance_issuer")),
                picture == null ? null : URI.create(picture),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private static CodedValue coded(ResultSet rs, String prefix) throws SQLException {
        return CodedValue.of(rs.getString(prefix + "_code"), rs.getString(prefix + "_label"));
    }

    private static Identifier identifier(ResultSet rs) throws SQLException {
        String value = rs.getString("id_value");
        IdentifierType type = Rows.enumValue(rs, "identifier_type", IdentifierType.class);
        return switch (type) {
            case NATIONAL_ID -> new NationalId(Rows.enumValue(rs, "id_kind", NationalIdKind.class),
                    new CountryCode(rs.getString("id_country")), value);
            case PHONE -> new PhoneNumber(value);
            case EMAIL -> new EmailAddress(value);
            case LOGIN -> new Login(value);
            case BANKING_USERNAME -> new BankingUsername(value);
        };
    }

    private static Address address(ResultSet rs) throws SQLException {
        return new Address(
                new AddressId(Rows.uuid(rs, "id")),
                Rows.enumValue(rs, "address_type", AddressType.class),
                new CountryCode(rs.getString("country")),
                rs.getString("city"),
                rs.getString("district"),
                rs.getString("town"),
                rs.getString("street_name"),
                rs.getString("street_no"),
                rs.getString("building"),
                rs.getString("floor_no"),
                rs.getString("apartment"),
                rs.getString("postal_code"),
                rs.getString("detail"),
                new RegistryCodes(rs.getString("reg_type_code"), rs.getString("reg_country_code"),
                        rs.getString("reg_city_code"), rs.getString("reg_town_code"), rs.getString("reg_district_code"),
                        rs.getString("reg_district_type"), rs.getString("reg_street_code")));
    }

    private static ContactDetail contact(ResultSet rs) throws SQLException {
        return new ContactDetail(new ContactDetailId(Rows.uuid(rs, "id")), Rows.enumValue(rs, "medium", ContactMedium.class),
                rs.getString("medium_type"), rs.getString("content"), rs.getString("additional_info"));
    }
}
