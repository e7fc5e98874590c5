package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.Money;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract of the account ports: {@link dev.opencif.application.port.out.LoadAccountPort},
 * {@link dev.opencif.application.port.out.SaveAccountPort} (versions, unique number and IBAN, one open wallet per
 * asset), {@link dev.opencif.application.port.out.AccountNumberPort}, {@link dev.opencif.application.port.out.IbanPort}
 * and {@link dev.opencif.application.port.out.NumberAvailabilityPort}.
 */
public abstract class AccountStoreContract extends PortContract {
    private static final String OTHER_ISSUER = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

    private Customer owner() {
        return storedCustomer();
    }

    private Account newAccount(AccountBuilder builder) {
        AccountNumber number = ports.accountNumbers().nextAccountNumber();
        return builder.withNumber(number).withIban(ports.ibans().ibanFor(number)).build(clock);
    }

    private Account insert(AccountBuilder builder) {
        return ports.saveAccount().save(newAccount(builder));
    }

    private Account load(AccountId id) {
        return ports.loadAccount().findById(id).orElseThrow();
    }

    private static Asset wallet(String code, String issuer) {
        return new Asset(AssetCode.of(code), issuer, 2, code + " token", code);
    }

    private static void assertDuplicate(Runnable save, String kind) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(DuplicateIdentifierException.class,
                e -> assertThat(e.identifierKind()).isEqualTo(kind));
    }

    // ---- insert, load, round trip ----------------------------------------------------------------

    @Test
    public void stores_a_new_account_with_version_one_and_finds_it_by_id_number_and_iban() {
        Account account = newAccount(AccountBuilder.anAccount().ownedBy(owner()));

        Account saved = ports.saveAccount().save(account);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.state()).usingRecursiveComparison().ignoringFields("version").isEqualTo(account.state());
        assertThat(ports.loadAccount().findById(account.id())).map(Account::state).contains(saved.state());
        assertThat(ports.loadAccount().findByNumber(account.state().number())).map(Account::state).contains(saved.state());
        assertThat(ports.loadAccount().findByIban(account.state().iban())).map(Account::state).contains(saved.state());
    }

    @Test
    public void finds_nothing_for_unknown_keys() {
        assertThat(ports.loadAccount().findById(AccountId.random())).isEmpty();
        assertThat(ports.loadAccount().findByNumber(new AccountNumber("99999999999999999999"))).isEmpty();
        assertThat(ports.loadAccount().findByIban(new Iban("DE89370400440532013000"))).isEmpty();
        assertThat(ports.loadAccount().findByCustomer(CustomerId.random())).isEmpty();
    }

    @Test
    public void round_trips_an_e_money_wallet_with_issuer_balance_and_block_reason() {
        Account account = AccountBuilder.anEmoneyWallet("eUAH").ownedBy(owner())
                .withNumber(ports.accountNumbers().nextAccountNumber()).withBalance("1234.56").build(clock);
        tick(Duration.ofMinutes(3));
        account.block("suspicious activity", now());

        Account saved = ports.saveAccount().save(account);

        assertThat(load(account.id()).state()).isEqualTo(saved.state());
        assertThat(saved.state().iban()).isNull();
        assertThat(saved.state().balance()).isEqualTo(Money.of("1234.56", "eUAH", 2));
        assertThat(saved.state().blockReason()).isEqualTo("suspicious activity");
    }

    @Test
    public void round_trips_a_closed_account_with_its_closing_time() {
        Account account = newAccount(AccountBuilder.anAccount().ownedBy(owner()).inCurrency("VND", 0));
        tick(Duration.ofDays(2));
        account.close(now());

        Account saved = ports.saveAccount().save(account);

        assertThat(load(account.id()).state()).isEqualTo(saved.state());
        assertThat(saved.state().closedAt()).isEqualTo(now());
    }

    @Test
    public void lists_a_customers_accounts_oldest_first_including_closed_ones() {
        Customer customer = owner();
        Account first = insert(AccountBuilder.anAccount().ownedBy(customer));
        tick(Duration.ofMinutes(1));
        Account second = newAccount(AccountBuilder.anAccount().ownedBy(customer).inCurrency("USD", 2));
        second.close(now());
        second = ports.saveAccount().save(second);
        tick(Duration.ofMinutes(1));
        Account third = insert(AccountBuilder.anAccount().ownedBy(customer).ofProduct(ProductType.SAVINGS_ACCOUNT));
        insert(AccountBuilder.anAccount().ownedBy(owner()));

        assertThat(ports.loadAccount().findByCustomer(customer.id())).extracting(Account::id)
                .containsExactly(first.id(), second.id(), third.id());
    }

    // ---- updates and optimistic locking ----------------------------------------------------------

    @Test
    public void an_update_stores_the_change_and_increments_the_version() {
        Account saved = insert(AccountBuilder.anAccount().ownedBy(owner()));
        Account loaded = load(saved.id());
        tick(Duration.ofSeconds(30));
        loaded.applyBooking(Money.of("25.00", "EUR", 2), now());

        Account updated = ports.saveAccount().save(loaded);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(load(saved.id()).state()).isEqualTo(updated.state());
        assertThat(updated.state().balance().amount()).isEqualByComparingTo(new BigDecimal("25.00"));
    }

    @Test
    public void a_stale_update_is_rejected_with_conflict_and_no_booking_is_lost() {
        Account saved = insert(AccountBuilder.anAccount().ownedBy(owner()));
        Account first = load(saved.id());
        Account second = load(saved.id());
        first.applyBooking(Money.of("10.00", "EUR", 2), now());
        second.applyBooking(Money.of("99.00", "EUR", 2), now());
        ports.saveAccount().save(first);

        assertThatThrownBy(() -> ports.saveAccount().save(second)).isInstanceOf(ConflictException.class);

        Account stored = load(saved.id());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.state().balance()).isEqualTo(Money.of("10.00", "EUR", 2));
    }

    @Test
    public void an_update_of_an_account_that_was_never_stored_is_a_conflict() {
        Account never = newAccount(AccountBuilder.anAccount().ownedBy(owner()));
        AccountState s = never.state();
        Account pretendStored = Account.restore(new AccountState(s.id(), s.number(), s.iban(), s.customerId(), s.product(),
                s.asset(), s.balance(), s.status(), s.blockReason(), s.openedAt(), s.updatedAt(), s.closedAt(), 4));

        assertThatThrownBy(() -> ports.saveAccount().save(pretendStored)).isInstanceOf(ConflictException.class);
        assertThat(ports.loadAccount().findById(never.id())).isEmpty();
    }

    // ---- uniqueness ------------------------------------------------------------------------------

    @Test
    public void rejects_an_account_number_already_used_by_another_account() {
        Account saved = insert(AccountBuilder.anAccount().ownedBy(owner()));
        Account sameNumber = AccountBuilder.anAccount().ownedBy(owner()).withNumber(saved.state().number()).withoutIban()
                .build(clock);

        assertDuplicate(() -> ports.saveAccount().save(sameNumber), "ACCOUNT_NUMBER");
        assertThat(ports.loadAccount().findById(sameNumber.id())).isEmpty();
    }

    @Test
    public void a_closed_accounts_number_is_never_given_to_another_account() {
        Account closed = newAccount(AccountBuilder.anAccount().ownedBy(owner()));
        closed.close(now());
        closed = ports.saveAccount().save(closed);
        Account reuse = AccountBuilder.anAccount().ownedBy(owner()).withNumber(closed.state().number()).withoutIban()
                .build(clock);

        assertDuplicate(() -> ports.saveAccount().save(reuse), "ACCOUNT_NUMBER");
    }

    @Test
    public void rejects_an_iban_already_used_by_another_account() {
        Account saved = insert(AccountBuilder.anAccount().ownedBy(owner()));
        Account sameIban = AccountBuilder.anAccount().ownedBy(owner()).withNumber(ports.accountNumbers().nextAccountNumber())
                .withIban(saved.state().iban()).build(clock);

        assertDuplicate(() -> ports.saveAccount().save(sameIban), "IBAN");
        assertThat(ports.loadAccount().findById(sameIban.id())).isEmpty();
    }

    @Test
    public void accounts_without_an_iban_do_not_clash_with_each_other() {
        Customer customer = owner();
        Account a = ports.saveAccount().save(AccountBuilder.anAccount().ownedBy(customer)
                .withNumber(ports.accountNumbers().nextAccountNumber()).withoutIban().build(clock));
        Account b = ports.saveAccount().save(AccountBuilder.anAccount().ownedBy(customer)
                .withNumber(ports.accountNumbers().nextAccountNumber()).withoutIban().build(clock));

        assertThat(a.version()).isEqualTo(1);
        assertThat(b.version()).isEqualTo(1);
    }

    @Test
    public void rejects_a_second_open_wallet_of_the_same_asset_and_issuer_for_a_customer() {
        Customer customer = owner();
        insert(AccountBuilder.anAccount().ownedBy(customer).ofProduct(ProductType.EMONEY_WALLET)
                .inAsset(wallet("eUAH", AccountBuilder.SAMPLE_ISSUER)).withoutIban());
        Account second = newAccount(AccountBuilder.anAccount().ownedBy(customer).ofProduct(ProductType.EMONEY_WALLET)
                .inAsset(wallet("eUAH", AccountBuilder.SAMPLE_ISSUER)));

        assertDuplicate(() -> ports.saveAccount().save(second), "ASSET_ACCOUNT");
        assertThat(ports.loadAccount().findByCustomer(customer.id())).hasSize(1);
    }

    @Test
    public void a_customer_may_hold_wallets_of_other_assets_or_issuers_and_other_customers_the_same_asset() {
        Customer customer = owner();
        insert(AccountBuilder.anAccount().ownedBy(customer).ofProduct(ProductType.EMONEY_WALLET)
                .inAsset(wallet("eUAH", AccountBuilder.SAMPLE_ISSUER)));

        insert(AccountBuilder.anAccount().ownedBy(customer).ofProduct(ProductType.EMONEY_WALLET)
                .inAsset(wallet("eUAH", OTHER_ISSUER)));
        insert(AccountBuilder.anAccount().ownedBy(customer).ofProduct(ProductType.EMONEY_WALLET)
                .inAsset(wallet("eUSD", AccountBuilder.SAMPLE_ISSUER)));
        insert(AccountBuilder.anAccount().ownedBy(customer).ofProduct(ProductType.EMONEY_WALLET)
                .inAsset(wallet("eUAH", null)));
        insert(AccountBuilder.anAccount().ownedBy(owner()).ofProduct(ProductType.EMONEY_WALLET)
                .inAsset(wallet("eUAH", AccountBuilder.SAMPLE_ISSUER)));

        assertThat(ports.loadAccount().findByCustomer(customer.id())).hasSize(4);
    }

    @Test
    public void a_closed_wallet_does_not_block_a_new_wallet_of_the_same_asset() {
        Customer customer = owner();
        Account old = newAccount(AccountBuilder.anAccount().ownedBy(customer).ofProduct(ProductType.EMONEY_WALLET)
                .inAsset(wallet("eUAH", AccountBuilder.SAMPLE_ISSUER)));
        old.close(now());
        ports.saveAccount().save(old);

        Account fresh = insert(AccountBuilder.anAccount().ownedBy(customer).ofProduct(ProductType.EMONEY_WALLET)
                .inAsset(wallet("eUAH", AccountBuilder.SAMPLE_ISSUER)));

        assertThat(fresh.version()).isEqualTo(1);
    }

    @Test
    public void several_current_accounts_in_one_currency_are_allowed() {
        Customer customer = owner();
        insert(AccountBuilder.anAccount().ownedBy(customer));
        insert(AccountBuilder.anAccount().ownedBy(customer));

        assertThat(ports.loadAccount().findByCustomer(customer.id())).hasSize(2);
    }

    @Test
    public void updating_the_only_open_wallet_of_an_asset_is_not_a_duplicate() {
        Customer customer = CustomerBuilder.aCustomer().withKyc(KycLevel.NONE).savedIn(ports);
        Account walletAccount = insert(AccountBuilder.anEmoneyWallet("eUAH").ownedBy(customer));
        Account loaded = load(walletAccount.id());
        loaded.applyBooking(Money.of("5.00", "eUAH", 2), now());

        assertThat(ports.saveAccount().save(loaded).version()).isEqualTo(2);
    }

    // ---- number issuing, IBANs, availability ------------------------------------------------------

    @Test
    public void issues_account_numbers_of_the_declared_length_that_never_repeat() {
        int length = ports.accountNumbers().accountNumberLength();
        Set<AccountNumber> issued = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            AccountNumber number = ports.accountNumbers().nextAccountNumber();
            assertThat(number.value()).hasSize(length);
            issued.add(number);
        }
        assertThat(issued).hasSize(300);
    }

    @Test
    public void issued_numbers_are_not_used_by_any_account_and_are_claimed_for_the_account_to_come() {
        Customer customer = owner();
        List<AccountNumber> used = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            used.add(insert(AccountBuilder.anAccount().ownedBy(customer)).state().number());
        }
        List<AccountNumber> fresh = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fresh.add(ports.accountNumbers().nextAccountNumber());
        }

        assertThat(fresh).doesNotContainAnyElementsOf(used).doesNotHaveDuplicates();
        assertThat(ports.numberAvailability().unavailableAmong(fresh, now())).containsExactlyInAnyOrderElementsOf(fresh);
    }

    @Test
    public void derives_a_valid_iban_of_one_country_deterministically_from_the_account_number() {
        AccountNumber a = ports.accountNumbers().nextAccountNumber();
        AccountNumber b = ports.accountNumbers().nextAccountNumber();

        Iban ibanA = ports.ibans().ibanFor(a);

        assertThat(new Iban(ibanA.value())).isEqualTo(ibanA);
        assertThat(ports.ibans().ibanFor(a)).isEqualTo(ibanA);
        assertThat(ports.ibans().ibanFor(b)).isNotEqualTo(ibanA);
        assertThat(ports.ibans().ibanFor(b).country()).isEqualTo(ibanA.country());
    }

    @Test
    public void numbers_used_by_any_account_even_closed_ones_are_unavailable() {
        Account open = insert(AccountBuilder.anAccount().ownedBy(owner()));
        Account closed = newAccount(AccountBuilder.anAccount().ownedBy(owner()));
        closed.close(now());
        ports.saveAccount().save(closed);
        AccountNumber free = UniqueValues.accountNumber();

        Set<AccountNumber> unavailable = ports.numberAvailability()
                .unavailableAmong(List.of(open.state().number(), closed.state().number(), free), now());

        assertThat(unavailable).containsExactlyInAnyOrder(open.state().number(), closed.state().number());
    }

    @Test
    public void numbers_under_an_active_hold_are_unavailable_until_it_expires_or_is_released() {
        Customer holder = owner();
        AccountNumber held = UniqueValues.accountNumber();
        AccountNumber released = UniqueValues.accountNumber();
        ports.holds().place(NiceNumberHold.place(held, holder.id(), now(), Duration.ofHours(1)), now());
        NiceNumberHold toRelease = NiceNumberHold.place(released, holder.id(), now(), Duration.ofHours(1));
        ports.holds().place(toRelease, now());
        ports.holds().update(toRelease.release(holder.id(), now()));

        assertThat(ports.numberAvailability().unavailableAmong(List.of(held, released), now())).containsExactly(held);
        assertThat(ports.numberAvailability().unavailableAmong(List.of(held), now().plus(Duration.ofHours(1)))).isEmpty();
        assertThat(ports.numberAvailability().unavailableAmong(List.of(), now())).isEmpty();
    }
}
