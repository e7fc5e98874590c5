package dev.opencif.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.nicenumber.NiceNumberRules;
import dev.opencif.domain.nicenumber.NiceTier;
import dev.opencif.testkit.memory.InMemoryIbanIssuer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The floor: hand-written JDBC issuing the statements adapter-jdbc issues for the same operation (same tables,
 * same indexes, same number of round trips), mapping rows into plain arrays. No validation, no domain objects,
 * no Jdbi, no savepoints.
 */
public final class PlainJdbc {
    static final ObjectMapper JSON = new ObjectMapper();

    static final String[] CUSTOMER_COLUMNS = {"id", "cif", "customer_type", "first_name", "last_name", "middle_name",
            "first_name_lc", "last_name_lc", "middle_name_lc", "surname_sort", "birth_date", "status", "segment", "branch",
            "counterparty_id", "disabled", "blacklist_reason", "blacklisted_at", "kyc_level", "kyc_method", "kyc_verified_at",
            "kyc_fatca", "kyc_us_person", "kyc_pep", "kyc_risk_class", "kyc_education_code", "kyc_education_label",
            "kyc_employment", "kyc_working_status_code", "kyc_working_status_label", "kyc_job_title_code", "kyc_job_title_label",
            "kyc_company_name", "kyc_work_area_code", "kyc_income_amount", "kyc_income_currency", "kyc_income_minor_units",
            "kyc_home_status_code", "kyc_home_status_label", "kyc_source_of_wealth", "kyc_limit_amount", "kyc_limit_currency",
            "kyc_limit_minor_units", "balance_amount", "balance_currency", "balance_minor_units", "balance_issuer", "phone",
            "login_lc", "picture", "created_at", "updated_at", "version"};
    static final String INSERT_CUSTOMER = "INSERT INTO customer (" + String.join(", ", CUSTOMER_COLUMNS) + ") VALUES ("
            + "?, ".repeat(CUSTOMER_COLUMNS.length - 1) + "?)";
    static final String INSERT_IDENTIFIER = "INSERT INTO customer_identifier (customer_id, list_index, identifier_type, id_kind,"
            + " id_country, id_value, lookup_key, national_id_key, phone_key, login_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_ACCOUNT = "INSERT INTO account (id, account_number, iban, customer_id, product, asset_code,"
            + " asset_issuer, asset_minor_units, asset_name, asset_stellar_code, balance, status, block_reason, opened_at, updated_at,"
            + " closed_at, version, wallet_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_AGREEMENT = "INSERT INTO agreement (id, customer_id, agreement_type, start_date, end_date, source,"
            + " contract_number, external_id, grantee, status, granted_at, granted_channel, revoked_at, revoked_channel, updated_at,"
            + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_EVENT = "INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, occurred_at, payload)"
            + " VALUES (?, ?, ?, ?, ?)";
    static final String INSERT_INTERACTION = "INSERT INTO interaction (id, customer_id, channel, operation, occurred_at,"
            + " request_id, actor, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String NEXT_CIF = "SELECT nextval('customer_number_seq')";
    static final String CIF_TAKEN = "SELECT COUNT(*) FROM customer WHERE cif = ?";
    static final String NEXT_NUMBER = "SELECT nextval('account_number_seq')";
    /** The number's claim, as adapter-jdbc writes it (V2): the primary key decides between an opening and a hold. */
    static final String CLAIM_NUMBER = "INSERT INTO nice_number_hold (account_number, holder_id, held_at, expires_at, status)"
            + " VALUES (?, NULL, ?, ?, 'ISSUED') ON CONFLICT DO NOTHING";

    /** The columns adapter-jdbc reads (every column but row_seq), listed as it lists them. */
    static final String CUSTOMER_SELECT = "SELECT " + qualified("c", String.join(", ", CUSTOMER_COLUMNS) + ", blacklist_blocked")
            + " FROM customer c";
    static final String CUSTOMER_BY_ID = CUSTOMER_SELECT + " WHERE c.id = ?";
    static final String CUSTOMER_BY_CIF = CUSTOMER_SELECT + " WHERE c.cif = ?";
    static final String CUSTOMER_BY_IDENTIFIER = CUSTOMER_SELECT + " WHERE c.id IN (SELECT i.customer_id FROM"
            + " customer_identifier i WHERE i.identifier_type = ? AND i.lookup_key = ?) ORDER BY c.created_at, c.row_seq LIMIT 1";
    static final String[] CHILDREN = {
        child("customer_identifier", "customer_id, list_index, identifier_type, id_kind, id_country, id_value, lookup_key,"
                + " national_id_key, phone_key, login_key"),
        child("customer_address", "customer_id, list_index, id, address_type, country, city, district, town, street_name,"
                + " street_no, building, floor_no, apartment, postal_code, detail, reg_type_code, reg_country_code, reg_city_code,"
                + " reg_town_code, reg_district_code, reg_district_type, reg_street_code"),
        child("customer_contact", "customer_id, list_index, id, medium, medium_type, content, additional_info"),
        child("customer_representative", "customer_id, list_index, id, person_id, relation")};
    static final String ACCOUNTS_BY_CUSTOMER = "SELECT id, account_number, iban, customer_id, product, asset_code, asset_issuer,"
            + " asset_minor_units, asset_name, asset_stellar_code, balance, status, block_reason, opened_at, updated_at, closed_at,"
            + " version FROM account WHERE customer_id = ? ORDER BY opened_at, row_seq";

    /** What the baseline onboards: the same person the facade benchmark registers. */
    public record Person(String firstName, String lastName, LocalDate birthDate, String tckn, String phone, String email,
                         String counterparty, String login) {
    }

    /** A customer row and its child rows, as plain column arrays. */
    public record Row(Object[] columns, List<List<Object[]>> children) {
        public UUID id() {
            return (UUID) columns[0];
        }
    }

    private PlainJdbc() {
    }

    private static String qualified(String alias, String columns) {
        return alias + "." + columns.replace(", ", ", " + alias + ".");
    }

    private static String child(String table, String columns) {
        return "SELECT " + qualified("t", columns) + " FROM " + table + " t WHERE t.customer_id IN (?) ORDER BY t.customer_id, t.list_index";
    }

    /**
     * Onboards {@code p} with a first account and a data-protection consent in one transaction: CIF from the
     * sequence, customer, identifiers, account number from the sequence (checked free), account, agreement, three
     * outbox events, one interaction. Returns the new customer's id.
     */
    public static UUID onboard(Connection c, Person p, InMemoryIbanIssuer ibans, String product, String assetCode, int minorUnits,
                               String assetIssuer, String channel) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Instant now = Instant.now();
            Timestamp ts = Timestamp.from(now);
            UUID customerId = UUID.randomUUID();
            long cif;
            while (true) {
                cif = single(c, NEXT_CIF);
                try (PreparedStatement s = c.prepareStatement(CIF_TAKEN)) {
                    s.setLong(1, cif);
                    if (count(s) == 0) {
                        break;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(INSERT_CUSTOMER)) {
                Object[] v = new Object[CUSTOMER_COLUMNS.length];
                v[0] = customerId;
                v[1] = cif;
                v[2] = "INDIVIDUAL";
                v[3] = p.firstName();
                v[4] = p.lastName();
                v[6] = lower(p.firstName());
                v[7] = lower(p.lastName());
                v[9] = p.lastName() == null ? "" : p.lastName();
                v[10] = p.birthDate() == null ? null : java.sql.Date.valueOf(p.birthDate());
                v[11] = "ACTIVE";
                v[14] = p.counterparty() == null ? null : UUID.fromString(p.counterparty());
                v[15] = false;
                v[18] = p.tckn() == null ? "NONE" : "STANDARD";
                v[19] = p.tckn() == null ? "NONE" : "IN_BRANCH";
                v[20] = p.tckn() == null ? null : ts;
                v[21] = false;
                v[22] = false;
                v[23] = false;
                v[27] = false;
                v[47] = p.phone();
                v[48] = lower(p.login());
                v[50] = ts;
                v[51] = ts;
                v[52] = 1L;
                for (int i = 0; i < v.length; i++) {
                    bind(s, i + 1, v[i]);
                }
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(INSERT_IDENTIFIER)) {
                int index = 0;
                if (p.tckn() != null) {
                    String key = "TR_TCKN:TR:" + p.tckn();
                    identifier(s, customerId, index++, "NATIONAL_ID", "TR_TCKN", "TR", p.tckn(), key, key, null, null);
                }
                if (p.phone() != null) {
                    identifier(s, customerId, index++, "PHONE", null, null, p.phone(), p.phone(), null, p.phone(), null);
                }
                if (p.email() != null) {
                    identifier(s, customerId, index++, "EMAIL", null, null, p.email(), lower(p.email()), null, null, null);
                }
                if (p.login() != null) {
                    identifier(s, customerId, index++, "LOGIN", null, null, p.login(), lower(p.login()), null, null,
                            (p.counterparty() == null ? "-" : p.counterparty()) + "/" + lower(p.login()));
                }
                s.executeBatch();
            }
            String number;
            while (true) {
                String digits = Long.toString(single(c, NEXT_NUMBER));
                number = "0".repeat(Math.max(0, 10 - digits.length())) + digits;
                if (NiceNumberRules.classify(new AccountNumber(number)) != NiceTier.STANDARD) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement(CLAIM_NUMBER)) {
                    s.setString(1, number);
                    s.setTimestamp(2, ts);
                    s.setTimestamp(3, ts);
                    if (s.executeUpdate() == 1) {
                        break;
                    }
                }
            }
            UUID accountId = UUID.randomUUID();
            String iban = ibans.ibanFor(new AccountNumber(number)).value();
            try (PreparedStatement s = c.prepareStatement(INSERT_ACCOUNT)) {
                Object[] v = {accountId, number, iban, customerId, product, assetCode, assetIssuer, minorUnits, null, null,
                    BigDecimal.ZERO, "ACTIVE", null, ts, ts, null, 1L,
                    product.equals("EMONEY_WALLET") ? customerId + "/" + product + "/" + assetCode + "/" + (assetIssuer == null ? "-" : assetIssuer) : null};
                for (int i = 0; i < v.length; i++) {
                    bind(s, i + 1, v[i]);
                }
                s.executeUpdate();
            }
            UUID agreementId = null;
            if (p.tckn() != null) {
                agreementId = UUID.randomUUID();
                try (PreparedStatement s = c.prepareStatement(INSERT_AGREEMENT)) {
                    Object[] v = {agreementId, customerId, "DATA_PROTECTION", java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC)),
                        null, "branch-form", null, null, null, "ACTIVE", ts, channel, null, null, ts, 1L};
                    for (int i = 0; i < v.length; i++) {
                        bind(s, i + 1, v[i]);
                    }
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement(INSERT_EVENT)) {
                event(s, "CustomerRegistered", "Customer", customerId.toString(), ts, Map.of("customerId", customerId.toString(),
                        "number", cif, "occurredAt", now.toString()));
                event(s, "AccountOpened", "Account", accountId.toString(), ts, Map.of("accountId", accountId.toString(),
                        "customerId", customerId.toString(), "number", number, "occurredAt", now.toString()));
                if (agreementId != null) {
                    event(s, "AgreementGranted", "Agreement", agreementId.toString(), ts, Map.of("agreementId",
                            agreementId.toString(), "customerId", customerId.toString(), "type", "DATA_PROTECTION",
                            "occurredAt", now.toString()));
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement(INSERT_INTERACTION)) {
                Object[] v = {UUID.randomUUID(), customerId, channel, "onboard-customer", ts, null, null, "SUCCESS"};
                for (int i = 0; i < v.length; i++) {
                    bind(s, i + 1, v[i]);
                }
                s.executeUpdate();
            }
            c.commit();
            return customerId;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The customer with this id and its child rows, in one repeatable-read transaction (as adapter-jdbc reads it). */
    public static Row customerById(Connection c, UUID id) throws SQLException {
        return readCustomer(c, CUSTOMER_BY_ID, id);
    }

    public static Row customerByCif(Connection c, long cif) throws SQLException {
        return readCustomer(c, CUSTOMER_BY_CIF, cif);
    }

    public static Row customerByPhone(Connection c, String e164) throws SQLException {
        return readCustomer(c, CUSTOMER_BY_IDENTIFIER, "PHONE", e164);
    }

    /** The customer by CIF (as the facade's visibility check loads it), then its accounts oldest first. */
    public static List<Object[]> accountsByCif(Connection c, long cif) throws SQLException {
        Row customer = customerByCif(c, cif);
        if (customer == null) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement(ACCOUNTS_BY_CUSTOMER)) {
            s.setObject(1, customer.id());
            return rows(s);
        }
    }

    /**
     * A page of the customer list: the count and the page in one repeatable-read transaction, then the page's child
     * rows, exactly as adapter-jdbc runs it; {@code where} uses positional parameters {@code params}.
     */
    public static List<Row> page(Connection c, String where, List<Object> params, String orderBy, int limit, int offset)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM customer c" + where)) {
                bindAll(s, params);
                total = count(s);
            }
            List<Row> page = new ArrayList<>();
            if (total > offset) {
                try (PreparedStatement s = c.prepareStatement(CUSTOMER_SELECT + where + orderBy + " LIMIT ? OFFSET ?")) {
                    bindAll(s, params);
                    s.setInt(params.size() + 1, limit);
                    s.setInt(params.size() + 2, offset);
                    for (Object[] row : rows(s)) {
                        page.add(new Row(row, new ArrayList<>()));
                    }
                }
                if (!page.isEmpty()) {
                    String in = "?, ".repeat(page.size() - 1) + "?";
                    for (String child : CHILDREN) {
                        try (PreparedStatement s = c.prepareStatement(child.replace("IN (?)", "IN (" + in + ")"))) {
                            for (int i = 0; i < page.size(); i++) {
                                s.setObject(i + 1, page.get(i).id());
                            }
                            Map<UUID, List<Object[]>> byOwner = new LinkedHashMap<>();
                            for (Object[] row : rows(s)) {
                                byOwner.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(row);
                            }
                            for (Row r : page) {
                                r.children().add(byOwner.getOrDefault(r.id(), List.of()));
                            }
                        }
                    }
                }
            }
            c.commit();
            return page;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    private static Row readCustomer(Connection c, String sql, Object... params) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            Row row = null;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                List<Object[]> found = rows(s);
                if (!found.isEmpty()) {
                    row = new Row(found.get(0), new ArrayList<>());
                }
            }
            if (row != null) {
                for (String child : CHILDREN) {
                    try (PreparedStatement s = c.prepareStatement(child)) {
                        s.setObject(1, row.id());
                        row.children().add(rows(s));
                    }
                }
            }
            c.commit();
            return row;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    static List<Object[]> rows(PreparedStatement s) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    int type = meta.getColumnType(i + 1);
                    row[i] = type == Types.TIMESTAMP_WITH_TIMEZONE || type == Types.TIMESTAMP
                            ? rs.getObject(i + 1, OffsetDateTime.class) : rs.getObject(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    static void bindAll(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            bind(s, i + 1, params.get(i));
        }
    }

    static void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.NULL);
        } else if (value instanceof Timestamp t) {
            s.setObject(index, t.toInstant().atOffset(ZoneOffset.UTC));
        } else if (value instanceof Instant i) {
            s.setObject(index, i.atOffset(ZoneOffset.UTC));
        } else {
            s.setObject(index, value);
        }
    }

    private static void identifier(PreparedStatement s, UUID customer, int index, String type, String kind, String country,
                                   String value, String lookup, String nationalKey, String phoneKey, String loginKey) throws SQLException {
        Object[] v = {customer, index, type, kind, country, value, lookup, nationalKey, phoneKey, loginKey};
        for (int i = 0; i < v.length; i++) {
            bind(s, i + 1, v[i]);
        }
        s.addBatch();
    }

    private static void event(PreparedStatement s, String type, String aggregate, String id, Timestamp at, Map<String, Object> payload)
            throws SQLException {
        s.setString(1, type);
        s.setString(2, aggregate);
        s.setString(3, id);
        bind(s, 4, at);
        try {
            s.setString(5, JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        s.addBatch();
    }

    static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            return count(s);
        }
    }

    static long count(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }
}
