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
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Accounts in the {@code account} table: unique number and IBAN by constraint, one not-closed e-money wallet per
 * customer and asset by the nullable unique {@code wallet_key}, optimistic versions. Ordinary numbers come from
 * {@code account_number_seq}, skipping nice (non-STANDARD) numbers and numbers in use or under an active hold.
 */
public final class JdbcAccountStore implements LoadAccountPort, SaveAccountPort, AccountNumberPort, NumberAvailabilityPort {
    static final String COLUMNS = "id, account_number, iban, customer_id, product, asset_code, asset_issuer, asset_minor_units,"
            + " asset_name, asset_stellar_code, balance, status, block_reason, opened_at, updated_at, closed_at, version";
    static final String SELECT = "SELECT " + COLUMNS + " FROM account";
    static final String BY_ID = SELECT + " WHERE id = :id";
    static final String BY_NUMBER = SELECT + " WHERE account_number = :number";
    static final String BY_IBAN = SELECT + " WHERE iban = :iban";
    static final String BY_CUSTOMER = SELECT + " WHERE customer_id = :customer_id ORDER BY opened_at, row_seq";
    static final String INSERT = """
            INSERT INTO account (id, account_number, iban, customer_id, product, asset_code, asset_issuer, asset_minor_units,
                asset_name, asset_stellar_code, balance, status, block_reason, opened_at, updated_at, closed_at, version, wallet_key)
            VALUES (:id, :account_number, :iban, :customer_id, :product, :asset_code, :asset_issuer, :asset_minor_units,
                :asset_name, :asset_stellar_code, :balance, :status, :block_reason, :opened_at, :updated_at, :closed_at, :version,
                :wallet_key)
            """;
    static final String UPDATE = """
            UPDATE account SET account_number = :account_number, iban = :iban, customer_id = :customer_id, product = :product,
                asset_code = :asset_code, asset_issuer = :asset_issuer, asset_minor_units = :asset_minor_units,
                asset_name = :asset_name, asset_stellar_code = :asset_stellar_code, balance = :balance, status = :status,
                block_reason = :block_reason, opened_at = :opened_at, updated_at = :updated_at, closed_at = :closed_at,
                version = :version, wallet_key = :wallet_key
            WHERE id = :id AND version = :expected_version
            """;
    static final String NEXT_NUMBER = "SELECT nextval('account_number_seq')";
    static final String NUMBER_BLOCKED = "SELECT (SELECT COUNT(*) FROM account WHERE account_number = :number)"
            + " + (SELECT COUNT(*) FROM nice_number_hold WHERE account_number = :number AND status = 'HELD' AND expires_at > :now)";
    static final String UNAVAILABLE = "SELECT account_number FROM account WHERE account_number IN (<numbers>)"
            + " UNION SELECT account_number FROM nice_number_hold WHERE account_number IN (<numbers>)"
            + " AND status = 'HELD' AND expires_at > :now";

    private final JdbcUnitOfWork uow;
    private final Clock clock;
    private final int numberLength;

    JdbcAccountStore(JdbcUnitOfWork uow, Clock clock, int numberLength) {
        this.uow = Objects.requireNonNull(uow, "uow");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.numberLength = numberLength;
    }

    static void registerMappers(Jdbi jdbi) {
        jdbi.registerRowMapper(AccountState.class, (rs, ctx) -> map(rs));
    }

    @Override
    public int accountNumberLength() {
        return numberLength;
    }

    /** The next sequence value, zero-padded to the number length, that is STANDARD, unused and not actively held. */
    @Override
    public AccountNumber nextAccountNumber() {
        return uow.read(h -> {
            Instant now = clock.instant();
            while (true) {
                String digits = Long.toString(h.createQuery(NEXT_NUMBER).mapTo(Long.class).one());
                if (digits.length() > numberLength) {
                    throw new IllegalStateException("account_number_seq exceeded " + numberLength + " digits");
                }
                AccountNumber candidate = new AccountNumber("0".repeat(numberLength - digits.length()) + digits);
                if (NiceNumberRules.classify(candidate) == NiceTier.STANDARD
                        && h.createQuery(NUMBER_BLOCKED).bind("number", candidate.value())
                                .bindByType("now", now, Instant.class).mapTo(Long.class).one() == 0) {
                    return candidate;
                }
            }
        });
    }

    @Override
    public Set<AccountNumber> unavailableAmong(Collection<AccountNumber> numbers, Instant now) {
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(now, "now");
        List<String> values = numbers.stream().map(AccountNumber::value).distinct().toList();
        if (values.isEmpty()) {
            return Set.of();
        }
        return uow.read(h -> h.createQuery(UNAVAILABLE).bindList("numbers", values).bindByType("now", now, Instant.class)
                .mapTo(String.class).stream().map(AccountNumber::new).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        Objects.requireNonNull(id, "id");
        return uow.read(h -> h.createQuery(BY_ID).bind("id", id.value()).mapTo(AccountState.class).findOne()).map(Account::restore);
    }

    @Override
    public Optional<Account> findByNumber(AccountNumber number) {
        Objects.requireNonNull(number, "number");
        return uow.read(h -> h.createQuery(BY_NUMBER).bind("number", number.value()).mapTo(AccountState.class).findOne())
                .map(Account::restore);
    }

    @Override
    public Optional<Account> findByIban(Iban iban) {
        Objects.requireNonNull(iban, "iban");
        return uow.read(h -> h.createQuery(BY_IBAN).bind("iban", iban.value()).mapTo(AccountState.class).findOne())
                .map(Account::restore);
    }

    @Override
    public List<Account> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return uow.read(h -> h.createQuery(BY_CUSTOMER).bind("customer_id", customer.value()).mapTo(AccountState.class).list())
                .stream().map(Account::restore).toList();
    }

    @Override
    public Account save(Account account) {
        Objects.requireNonNull(account, "account");
        AccountState s = account.state();
        long next = s.version() + 1;
        Account stored = Account.restore(new AccountState(s.id(), s.number(), s.iban(), s.customerId(), s.product(), s.asset(),
                s.balance(), s.status(), s.blockReason(), s.openedAt(), s.updatedAt(), s.closedAt(), next));
        uow.write(h -> {
            if (s.version() == 0) {
                bind(h.createUpdate(INSERT), s, next).execute();
            } else if (bind(h.createUpdate(UPDATE), s, next).bind("expected_version", s.version()).execute() == 0) {
                throw new ConflictException("Account", s.id().toString(), s.version());
            }
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_account", () -> new AlreadyExistsException("Account", s.id().toString()),
                "uq_account_number", () -> new DuplicateIdentifierException("ACCOUNT_NUMBER"),
                "uq_account_iban", () -> new DuplicateIdentifierException("IBAN"),
                "uq_account_wallet", () -> new DuplicateIdentifierException("ASSET_ACCOUNT"))));
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

    private static <S extends SqlStatement<S>> S bind(S statement, AccountState s, long version) {
        return statement
                .bind("id", s.id().value())
                .bind("account_number", s.number().value())
                .bind("iban", s.iban() == null ? null : s.iban().value())
                .bind("customer_id", s.customerId().value())
                .bind("product", s.product().name())
                .bind("asset_code", s.asset().code().value())
                .bind("asset_issuer", s.asset().issuer())
                .bind("asset_minor_units", s.asset().minorUnits())
                .bind("asset_name", s.asset().name())
                .bind("asset_stellar_code", s.asset().stellarCode())
                .bind("balance", s.balance().amount())
                .bind("status", s.status().name())
                .bind("block_reason", s.blockReason())
                .bindByType("opened_at", s.openedAt(), Instant.class)
                .bindByType("updated_at", s.updatedAt(), Instant.class)
                .bindByType("closed_at", s.closedAt(), Instant.class)
                .bind("version", version)
                .bind("wallet_key", walletKey(s));
    }

    private static AccountState map(ResultSet rs) throws SQLException {
        Asset asset = new Asset(new AssetCode(rs.getString("asset_code")), rs.getString("asset_issuer"),
                rs.getInt("asset_minor_units"), rs.getString("asset_name"), rs.getString("asset_stellar_code"));
        BigDecimal balance = rs.getBigDecimal("balance");
        String iban = rs.getString("iban");
        return new AccountState(
                new AccountId(Rows.uuid(rs, "id")),
                new AccountNumber(rs.getString("account_number")),
                iban == null ? null : new Iban(iban),
                new CustomerId(Rows.uuid(rs, "customer_id")),
                Rows.enumValue(rs, "product", ProductType.class),
                asset,
                asset.amount(balance),
                Rows.enumValue(rs, "status", AccountStatus.class),
                rs.getString("block_reason"),
                Rows.instant(rs, "opened_at"),
                Rows.instant(rs, "updated_at"),
                Rows.instant(rs, "closed_at"),
                rs.getLong("version"));
    }
}
