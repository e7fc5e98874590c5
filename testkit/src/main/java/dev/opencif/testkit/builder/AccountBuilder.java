package dev.opencif.testkit.builder;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds accounts for tests: by default an ACTIVE EUR current account with a unique 10-digit number and its
 * Lithuanian IBAN, owned by a fresh ACTIVE customer unless an owner is given.
 */
public final class AccountBuilder {
    /** A valid Stellar issuer account id for e-money assets. */
    public static final String SAMPLE_ISSUER = "GBSTRUSD7IRX73RQZBL3RQUH6KS3O4NYFY3QCALDLZD77XMZOPWAVTUK";

    private AccountId id;
    private AccountNumber number;
    private Iban iban;
    private boolean withoutIban;
    private Customer owner;
    private CustomerId ownerId;
    private ProductType product = ProductType.CURRENT_ACCOUNT;
    private Asset asset = Asset.currency("EUR", 2);
    private AccountStatus status = AccountStatus.ACTIVE;
    private BigDecimal balance;

    private AccountBuilder() {
    }

    public static AccountBuilder anAccount() {
        return new AccountBuilder();
    }

    /** An e-money wallet of {@code assetCode} issued by {@link #SAMPLE_ISSUER}, without IBAN. */
    public static AccountBuilder anEmoneyWallet(String assetCode) {
        return new AccountBuilder().ofProduct(ProductType.EMONEY_WALLET)
                .inAsset(new Asset(AssetCode.of(assetCode), SAMPLE_ISSUER, 2, assetCode, assetCode)).withoutIban();
    }

    public AccountBuilder withId(AccountId value) {
        id = value;
        return this;
    }

    public AccountBuilder withNumber(String value) {
        return withNumber(new AccountNumber(value));
    }

    public AccountBuilder withNumber(AccountNumber value) {
        number = value;
        return this;
    }

    public AccountBuilder withIban(Iban value) {
        iban = value;
        withoutIban = value == null;
        return this;
    }

    public AccountBuilder withoutIban() {
        iban = null;
        withoutIban = true;
        return this;
    }

    /** Opened through {@link Account#open}, so the owner's status and KYC are checked. */
    public AccountBuilder ownedBy(Customer value) {
        owner = Objects.requireNonNull(value, "owner");
        ownerId = null;
        return this;
    }

    /** Owned by a customer known only by id: the account is rebuilt from state, without owner checks or events. */
    public AccountBuilder ownedBy(CustomerId value) {
        ownerId = Objects.requireNonNull(value, "owner");
        owner = null;
        return this;
    }

    public AccountBuilder ofProduct(ProductType value) {
        product = Objects.requireNonNull(value, "product");
        return this;
    }

    public AccountBuilder inCurrency(String code, int minorUnits) {
        asset = Asset.currency(code, minorUnits);
        return this;
    }

    public AccountBuilder inAsset(Asset value) {
        asset = Objects.requireNonNull(value, "asset");
        return this;
    }

    public AccountBuilder withStatus(AccountStatus value) {
        status = Objects.requireNonNull(value, "status");
        return this;
    }

    /** A balance booked right after opening (a non-zero balance cannot be CLOSED). */
    public AccountBuilder withBalance(String amount) {
        balance = new BigDecimal(amount);
        return this;
    }

    /** A never-stored account (version 0) opened at {@code clock}'s time; events of an opening stay pending. */
    public Account build(Clock clock) {
        AccountNumber n = number != null ? number : UniqueValues.accountNumber();
        return build(clock, n, withoutIban ? null : iban != null ? iban : defaultIban(n));
    }

    private Account build(Clock clock, AccountNumber n, Iban accountIban) {
        Instant now = clock.instant();
        AccountId accountId = id != null ? id : AccountId.random();
        Account account;
        if (ownerId != null) {
            account = Account.restore(new AccountState(accountId, n, accountIban, ownerId, product, asset, asset.zero(),
                    AccountStatus.ACTIVE, null, now, now, null, 0));
        } else {
            Customer holder = owner != null ? owner : CustomerBuilder.aCustomer().build(clock);
            account = Account.open(accountId, n, accountIban, holder, product, asset, now);
        }
        if (balance != null && balance.signum() != 0) {
            account.applyBooking(new Money(balance, asset.code(), asset.minorUnits()), now);
        }
        if (status == AccountStatus.BLOCKED) {
            account.block("blocked by test data", now);
        } else if (status == AccountStatus.CLOSED) {
            account.close(now);
        }
        return account;
    }

    /**
     * Builds with {@code ports}' clock, number sequence and IBAN issuer (unless given), stores it and returns the
     * stored account with its events dropped. The owner must be stored already if the ports check it.
     */
    public Account savedIn(OpenCifPorts ports) {
        AccountNumber n = number != null ? number : ports.accountNumbers().nextAccountNumber();
        Iban accountIban = withoutIban ? null : iban != null ? iban : ports.ibans().ibanFor(n);
        Account account = build(ports.clock(), n, accountIban);
        account.pullEvents();
        return ports.saveAccount().save(account);
    }

    private static Iban defaultIban(AccountNumber n) {
        String padded = n.value().length() >= 11 ? n.value() : "0".repeat(11 - n.value().length()) + n.value();
        return Iban.of(CountryCode.of("LT"), "60080" + padded);
    }
}
