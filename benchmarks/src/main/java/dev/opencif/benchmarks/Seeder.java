package dev.opencif.benchmarks;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.nicenumber.NiceNumberCandidates;
import dev.opencif.domain.nicenumber.NicePattern;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Seeds the large data sets once per database, fast: batched INSERTs through plain JDBC into the real (migrated)
 * schema, committed every {@value #BATCH} rows. A database that already holds the wanted size is left as it is.
 */
public final class Seeder {
    static final int BATCH = 5_000;
    /** The counterparty whose list the list benchmark reads: half of all customers. */
    public static final UUID BIG_COUNTERPARTY = UUID.fromString("e8fd9c29-24d5-4af4-a6b9-933f59e5023d");
    /** The other half is spread over this many counterparties. */
    static final int OTHER_COUNTERPARTIES = 50;
    static final int SURNAMES = 20_000;
    static final String[] FIRST_NAMES = {"Olena", "Ivan", "Mykola", "Oksana", "Taras", "Iryna", "Andrii", "Natalia", "Serhii",
        "Yulia", "Dmytro", "Kateryna", "Petro", "Sofia", "Bohdan", "Anna", "Vasyl", "Maria", "Roman", "Larysa"};
    static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    /** The pattern of the nice-number benchmark and the free digits around it. */
    public static final NicePattern NICE_PATTERN = new NicePattern(NicePattern.Kind.SUFFIX, "888");

    private Seeder() {
    }

    /** The surname (lower case) of customer {@code i}. */
    public static String surname(long i) {
        return "koval" + (i % SURNAMES);
    }

    /** Ensures {@code size} customers in {@code db}; returns the seconds seeding took (0 when it was seeded already). */
    public static double seedCustomers(BenchDatabase db, int size) throws SQLException {
        try (Connection c = db.connection()) {
            if (count(c, "SELECT COUNT(*) FROM customer WHERE cif < 9000000000") == size) {
                return 0;
            }
        }
        long start = System.nanoTime();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM agreement");
                s.execute("DELETE FROM customer_representative");
                s.execute("DELETE FROM customer WHERE cif < 9000000000");
            }
            c.commit();
            String sql = "INSERT INTO customer (id, cif, customer_type, first_name, last_name, first_name_lc, last_name_lc,"
                    + " surname_sort, status, segment, counterparty_id, disabled, kyc_level, kyc_method, kyc_fatca, kyc_us_person,"
                    + " kyc_pep, kyc_employment, login_lc, created_at, updated_at, version)"
                    + " VALUES (?, ?, 'INDIVIDUAL', ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, FALSE, 'NONE', 'NONE', FALSE, FALSE, FALSE, FALSE, ?, ?, ?, 1)";
            Random random = new Random(42);
            UUID[] others = new UUID[OTHER_COUNTERPARTIES];
            for (int i = 0; i < others.length; i++) {
                others[i] = new UUID(0x0b7e1f584f7e4c3bL, 0x9d432b1f0d6a0000L + i);
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < size; i++) {
                    String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                    String last = "Koval" + (i % SURNAMES);
                    s.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                    s.setLong(2, 5_000_000_000L + i);
                    s.setString(3, first);
                    s.setString(4, last);
                    s.setString(5, first.toLowerCase());
                    s.setString(6, last.toLowerCase());
                    s.setString(7, last);
                    s.setString(8, i % 3 == 0 ? "PL" : "MASS");
                    s.setObject(9, i % 2 == 0 ? BIG_COUNTERPARTY : others[i % OTHER_COUNTERPARTIES]);
                    s.setString(10, "user" + i + "@wallet.example");
                    s.setObject(11, EPOCH.plusSeconds(i).atOffset(ZoneOffset.UTC));
                    s.setObject(12, EPOCH.plusSeconds(i).atOffset(ZoneOffset.UTC));
                    s.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        s.executeBatch();
                        c.commit();
                    }
                }
                s.executeBatch();
                c.commit();
            }
            analyze(c, db, "customer");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Ensures {@code size} account numbers taken or held in {@code db} (half accounts, half active holds). With
     * {@code nicestTaken}, the 80 nicest candidates (the search's first list) are among them, so a search has to widen its candidate list; the rest are random numbers matching the pattern.
     */
    public static double seedNiceNumbers(BenchDatabase db, int size, boolean nicestTaken) throws SQLException {
        Set<String> numbers = new LinkedHashSet<>();
        if (nicestTaken) {
            // the first list the search checks (80 candidates): it must widen to a second one (320). It cannot widen further:
            // the generator returns fewer than 320 distinct matches for 320 wanted, which the service reads as exhausted.
            for (AccountNumber n : NiceNumberCandidates.generate(NICE_PATTERN, 10, 80)) {
                numbers.add(n.value());
            }
        }
        Random random = new Random(7);
        while (numbers.size() < size) {
            numbers.add((1 + random.nextInt(9)) + String.format("%06d", random.nextInt(1_000_000)) + NICE_PATTERN.digits());
        }
        try (Connection c = db.connection()) {
            if (count(c, "SELECT COUNT(*) FROM account") + count(c, "SELECT COUNT(*) FROM nice_number_hold") == numbers.size()) {
                return 0;
            }
        }
        long start = System.nanoTime();
        List<String> all = new ArrayList<>(numbers);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM account");
                s.execute("DELETE FROM nice_number_hold");
            }
            c.commit();
            UUID[] owners = ensureOwners(c, NUMBER_OWNERS);
            Instant now = Instant.now();
            String account = "INSERT INTO account (id, account_number, customer_id, product, asset_code, asset_minor_units, balance,"
                    + " status, opened_at, updated_at, version) VALUES (?, ?, ?, 'CURRENT_ACCOUNT', 'EUR', 2, 0, 'ACTIVE', ?, ?, 1)";
            String hold = "INSERT INTO nice_number_hold (account_number, holder_id, held_at, expires_at, status)"
                    + " VALUES (?, ?, ?, ?, 'HELD')";
            try (PreparedStatement a = c.prepareStatement(account); PreparedStatement h = c.prepareStatement(hold)) {
                for (int i = 0; i < all.size(); i++) {
                    UUID owner = owners[i % owners.length];
                    if (i % 2 == 0) {
                        a.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                        a.setString(2, all.get(i));
                        a.setObject(3, owner);
                        a.setObject(4, now.atOffset(ZoneOffset.UTC));
                        a.setObject(5, now.atOffset(ZoneOffset.UTC));
                        a.addBatch();
                    } else {
                        h.setString(1, all.get(i));
                        h.setObject(2, owner);
                        h.setObject(3, now.atOffset(ZoneOffset.UTC));
                        h.setObject(4, now.plusSeconds(365L * 24 * 3600 * 50).atOffset(ZoneOffset.UTC));
                        h.addBatch();
                    }
                    if ((i + 1) % BATCH == 0) {
                        a.executeBatch();
                        h.executeBatch();
                        c.commit();
                    }
                }
                a.executeBatch();
                h.executeBatch();
                c.commit();
            }
            analyze(c, db, "account");
            analyze(c, db, "nice_number_hold");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Owners of the seeded accounts and holds (every reference has a customer behind it since V2). */
    static final int NUMBER_OWNERS = 1_000;

    /** {@code n} minimal customers with fixed ids (inserted once), committed; their ids. */
    static UUID[] ensureOwners(Connection c, int n) throws SQLException {
        UUID[] owners = new UUID[n];
        for (int i = 0; i < n; i++) {
            owners[i] = new UUID(0x5eed0000_00000000L, i);
        }
        if (count(c, "SELECT COUNT(*) FROM customer WHERE cif >= 9000000000") == n) {
            return owners;
        }
        String sql = "INSERT INTO customer (id, cif, customer_type, first_name, last_name, first_name_lc, last_name_lc, surname_sort,"
                + " status, disabled, kyc_level, kyc_method, kyc_fatca, kyc_us_person, kyc_pep, kyc_employment, created_at,"
                + " updated_at, version) VALUES (?, ?, 'INDIVIDUAL', 'Owner', ?, 'owner', ?, ?, 'ACTIVE', FALSE, 'NONE', 'NONE',"
                + " FALSE, FALSE, FALSE, FALSE, ?, ?, 1)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < n; i++) {
                s.setObject(1, owners[i]);
                s.setLong(2, 9_000_000_000L + i);
                s.setString(3, "Owner" + i);
                s.setString(4, "owner" + i);
                s.setString(5, "Owner" + i);
                s.setObject(6, EPOCH.atOffset(ZoneOffset.UTC));
                s.setObject(7, EPOCH.atOffset(ZoneOffset.UTC));
                s.addBatch();
            }
            s.executeBatch();
        }
        c.commit();
        return owners;
    }

    /** The open-finance service user of the persons benchmark. */
    public static final String SERVICE_USER = "fintech-app";

    /**
     * Ensures {@code size} customers in {@code db}, every second one with an effective OPEN_FINANCE consent to
     * {@link #SERVICE_USER}, and every tenth consenting one represented by the next (not consenting) customer; returns
     * the seconds it took (0 when seeded already).
     */
    public static double seedConsents(BenchDatabase db, int size) throws SQLException {
        try (Connection c = db.connection()) {
            if (count(c, "SELECT COUNT(*) FROM agreement") == size / 2) {
                return 0;
            }
        }
        double seconds = seedCustomers(db, size);
        long start = System.nanoTime();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM agreement");
                s.execute("DELETE FROM customer_representative");
            }
            List<UUID> ids = new ArrayList<>(size);
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM customer ORDER BY cif"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            String agreement = "INSERT INTO agreement (id, customer_id, agreement_type, start_date, source, grantee, status,"
                    + " granted_at, granted_channel, updated_at, version) VALUES (?, ?, 'OPEN_FINANCE', ?, 'bank-app', ?, 'ACTIVE',"
                    + " ?, 'BLINK', ?, 1)";
            String representative = "INSERT INTO customer_representative (customer_id, list_index, id, person_id, relation)"
                    + " VALUES (?, 0, ?, ?, 'PROXY')";
            Random random = new Random(11);
            try (PreparedStatement a = c.prepareStatement(agreement); PreparedStatement r = c.prepareStatement(representative)) {
                for (int i = 0; i + 1 < ids.size(); i += 2) {
                    a.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                    a.setObject(2, ids.get(i));
                    a.setObject(3, java.time.LocalDate.of(2024, 1, 1));
                    a.setString(4, SERVICE_USER);
                    a.setObject(5, EPOCH.atOffset(ZoneOffset.UTC));
                    a.setObject(6, EPOCH.atOffset(ZoneOffset.UTC));
                    a.addBatch();
                    if (i % 20 == 0) {
                        r.setObject(1, ids.get(i));
                        r.setObject(2, new UUID(random.nextLong(), random.nextLong()));
                        r.setObject(3, ids.get(i + 1));
                        r.addBatch();
                    }
                    if ((i / 2 + 1) % BATCH == 0) {
                        a.executeBatch();
                        r.executeBatch();
                        c.commit();
                    }
                }
                a.executeBatch();
                r.executeBatch();
                c.commit();
            }
            analyze(c, db, "agreement");
            analyze(c, db, "customer_representative");
        }
        return seconds + (System.nanoTime() - start) / 1e9;
    }

    private static void analyze(Connection c, BenchDatabase db, String table) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // VACUUM as autovacuum would after a bulk load: it sets the visibility map that index-only scans need
            s.execute(db.isPostgres() ? "VACUUM ANALYZE " + table : "ANALYZE TABLE " + table);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
