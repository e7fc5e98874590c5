package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.AccountNumberPort;
import dev.opencif.application.port.out.LoadAccountPort;
import dev.opencif.application.port.out.NumberAvailabilityPort;
import dev.opencif.application.port.out.SaveAccountPort;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.nicenumber.NiceNumberRules;
import dev.opencif.domain.nicenumber.NiceTier;
import dev.opencif.domain.shared.AssetCode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts in the {@code account} table: unique number and IBAN by constraint, one not-closed e-money wallet per
 * customer and asset by the nullable unique {@code wallet_key}, optimistic versions. Ordinary numbers come from
 * {@code account_number_seq}, skipping nice (non-STANDARD) numbers and numbers in use or under an active hold.
 */
public final class JdbcAccountStore implements LoadAccountPort, SaveAccountPort, AccountNumberPort, NumberAvailabilityPort {
    static final Columns COLUMNS = Columns.of("id", "account_number", "iban", "customer_id", "product", "asset_code",
            "asset_issuer", "asset_minor_units", "asset_name", "asset_stellar_code", "balance", "status", "block_reason",
            "opened_at", "updated_at", "closed_at", "version");
    static final String SELECT = "SELECT " + COLUMNS.select("a") + " FROM account a";
    static final String BY_ID = SELECT + " WHERE a.id = ?";
    static final String BY_NUMBER = SELECT + " WHERE a.account_number = ?";
    static final String BY_IBAN = SELECT + " WHERE a.iban = ?";
    static final String BY_CUSTOMER = SELECT + " WHERE a.customer_id = ? ORDER BY a.opened_at, a.row_seq";
    /** What {@link #save} writes: the read columns plus {@code wallet_key}. */
    static final Columns WRITTEN = Columns.of("id", "account_number", "iban", "customer_id", "product", "asset_code",
            "asset_issuer", "asset_minor_units", "asset_name", "asset_stellar_code", "balance", "status", "block_reason",
            "opened_at", "updated_at", "closed_at", "version", "wallet_key");
    static final String INSERT = WRITTEN.insert("account");
    static final String UPDATE = WRITTEN.updateByKeyAndVersion("account", "id");
    static final String NEXT_NUMBER = "SELECT nextval('account_number_seq')";
    /** Claims a number for an account opening; a number already claimed (held, ever held, issued) is skipped. */
    static final String CLAIM = "INSERT INTO nice_number_hold (account_number, holder_id, held_at, expires_at, status)"
            + " VALUES (?, NULL, ?, ?, 'ISSUED') ON CONFLICT DO NOTHING";
    static final String UNAVAILABLE = "SELECT account_number FROM account WHERE account_number IN (<numbers>)"
            + " UNION SELECT account_number FROM nice_number_hold WHERE account_number IN (<numbers>)"
            + " AND (status IN ('ISSUED', 'CONSUMED') OR (status = 'HELD' AND expires_at > ?))";

    private final JdbcUnitOfWork uow;
    private final Clock clock;
    private final int numberLength;

    JdbcAccountStore(JdbcUnitOfWork uow, Clock clock, int numberLength) {
        this.uow = Objects.requireNonNull(uow, "uow");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.numberLength = numberLength;
    }

    @Override
    public int accountNumberLength() {
        return numberLength;
    }

    /**
     * The next sequence value, zero-padded to the number length, that is STANDARD and that this call could claim: its
     * ISSUED row is written in the running unit of work, so a concurrent hold of the same number loses to the primary
     * key, and a rolled-back opening gives the number back.
     */
    @Override
    public AccountNumber nextAccountNumber() {
        return uow.write(c -> {
            Instant now = clock.instant();
            while (true) {
                String digits = Long.toString(PlainSql.single(c, NEXT_NUMBER));
                if (digits.length() > numberLength) {
                    throw new IllegalStateException("account_number_seq exceeded " + numberLength + " digits");
                }
                AccountNumber candidate = new AccountNumber("0".repeat(numberLength - digits.length()) + digits);
                if (NiceNumberRules.classify(candidate) == NiceTier.STANDARD
                        && PlainSql.update(c, CLAIM, candidate.value(), now, now) == 1) {
                    return candidate;
                }
            }
        }, e -> e);
    }

    @Override
    public Set<AccountNumber> unavailableAmong(Collection<AccountNumber> numbers, Instant now) {
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(now, "now");
        List<String> values = numbers.stream().map(AccountNumber::value).distinct().toList();
        if (values.isEmpty()) {
            return Set.of();
        }
        String in = "?, ".repeat(values.size() - 1) + "?";
        Object[] params = new Object[values.size() * 2 + 1];
        for (int i = 0; i < values.size(); i++) {
            params[i] = values.get(i);
            params[values.size() + i] = values.get(i);
        }
        params[params.length - 1] = now;
        return uow.read(c -> PlainSql.list(c, UNAVAILABLE.replace("<numbers>", in), rs -> rs.getString(1), params))
                .stream().map(AccountNumber::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        Objects.requireNonNull(id, "id");
        return first(uow.read(c -> PlainSql.list(c, BY_ID, JdbcAccountStore::map, id.value())));
    }

    @Override
    public Optional<Account> findByNumber(AccountNumber number) {
        Objects.requireNonNull(number, "number");
        return first(uow.read(c -> PlainSql.list(c, BY_NUMBER, JdbcAccountStore::map, number.value())));
    }

    @Override
    public Optional<Account> findByIban(Iban iban) {
        Objects.requireNonNull(iban, "iban");
        return first(uow.read(c -> PlainSql.list(c, BY_IBAN, JdbcAccountStore::map, iban.value())));
    }

    @Override
    public List<Account> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return uow.read(c -> PlainSql.list(c, BY_CUSTOMER, JdbcAccountStore::map, customer.value()))
                .stream().map(Account::restore).toList();
    }

    private static Optional<Account> first(List<AccountState> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(Account.restore(rows.get(0)));
    }

    @Override
    public Account save(Account account) {
        Objects.requireNonNull(account, "account");
        AccountState s = account.state();
        long next = s.version() + 1;
        Account stored = Account.restore(new AccountState(s.id(), s.number(), s.iban(), s.customerId(), s.product(), s.asset(),
                s.balance(), s.status(), s.blockReason(), s.openedAt(), s.updatedAt(), s.closedAt(), next));
        uow.write(c -> {
            Columns.Values values = values(s, next);
            if (s.version() == 0) {
                PlainSql.update(c, INSERT, values.all());
            } else if (PlainSql.update(c, UPDATE, values.forUpdate("id", s.version())) == 0) {
                throw new ConflictException("Account", s.id().toString(), s.version());
            }
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_account", () -> new AlreadyExistsException("Account", s.id().toString()),
                "uq_account_number", () -> new DuplicateIdentifierException("ACCOUNT_NUMBER"),
                "uq_account_iban", () -> new DuplicateIdentifierException("IBAN"),
                "uq_account_wallet", () -> new DuplicateIdentifierException("ASSET_ACCOUNT"),
                "fk_account_customer", () -> ConstraintViolations.missing("Customer", s.customerId()))));
        return stored;
    }

    /** Set only for a not-closed one-per-asset account: at most one such account per customer, asset code and issuer. */
    static String walletKey(AccountState s) {
        if (!s.product().onePerAsset() || s.status() == AccountStatus.CLOSED) {
            return null;
        }
        return s.customerId() + "/" + s.product().name() + "/" + s.asset().code().value() + "/"
                + (s.asset().issuer() == null ? "-" : s.asset().issuer());
    }

    private static Columns.Values values(AccountState s, long version) {
        return WRITTEN.values()
                .set("id", s.id().value())
                .set("account_number", s.number().value())
                .set("iban", s.iban() == null ? null : s.iban().value())
                .set("customer_id", s.customerId().value())
                .set("product", s.product().name())
                .set("asset_code", s.asset().code().value())
                .set("asset_issuer", s.asset().issuer())
                .set("asset_minor_units", s.asset().minorUnits())
                .set("asset_name", s.asset().name())
                .set("asset_stellar_code", s.asset().stellarCode())
                .set("balance", s.balance().amount())
                .set("status", s.status().name())
                .set("block_reason", s.blockReason())
                .set("opened_at", s.openedAt())
                .set("updated_at", s.updatedAt())
                .set("closed_at", s.closedAt())
                .set("version", version)
                .set("wallet_key", walletKey(s));
    }

    static AccountState map(ResultSet rs) throws SQLException {
        Asset asset = new Asset(new AssetCode(rs.getString(COLUMNS.at("asset_code"))), rs.getString(COLUMNS.at("asset_issuer")),
                rs.getInt(COLUMNS.at("asset_minor_units")), rs.getString(COLUMNS.at("asset_name")),
                rs.getString(COLUMNS.at("asset_stellar_code")));
        BigDecimal balance = rs.getBigDecimal(COLUMNS.at("balance"));
        String iban = rs.getString(COLUMNS.at("iban"));
        return new AccountState(
                new AccountId(Rows.uuid(rs, COLUMNS.at("id"))),
                new AccountNumber(rs.getString(COLUMNS.at("account_number"))),
                iban == null ? null : new Iban(iban),
                new CustomerId(Rows.uuid(rs, COLUMNS.at("customer_id"))),
                Rows.enumValue(rs, COLUMNS.at("product"), ProductType.class),
                asset,
                asset.amount(balance),
                Rows.enumValue(rs, COLUMNS.at("status"), AccountStatus.class),
                rs.getString(COLUMNS.at("block_reason")),
                Rows.instant(rs, COLUMNS.at("opened_at")),
                Rows.instant(rs, COLUMNS.at("updated_at")),
                Rows.instant(rs, COLUMNS.at("closed_at")),
                rs.getLong(COLUMNS.at("version")));
    }
}
