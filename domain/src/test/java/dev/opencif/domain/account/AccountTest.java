package dev.opencif.domain.account;

import static dev.opencif.domain.support.DomainAssertions.assertInvalidTransition;
import static dev.opencif.domain.support.DomainAssertions.assertRuleViolated;
import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static dev.opencif.domain.support.TestCustomers.LATER;
import static dev.opencif.domain.support.TestCustomers.MUCH_LATER;
import static dev.opencif.domain.support.TestCustomers.NOW;
import static dev.opencif.domain.support.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountTest {
    private static final Asset VND = Asset.currency("VND", 0);
    private static final AccountNumber NUMBER = new AccountNumber("1903123456789");
    private static final Iban IBAN = new Iban("LT601010012345678901");

    private static Account open(Customer owner, ProductType product) {
        return Account.open(AccountId.random(), NUMBER, IBAN, owner, product, VND, NOW);
    }

    private static Account anAccount() {
        Account account = open(aCustomer().status(CustomerStatus.ACTIVE).kyc(KycLevel.EKYC).build(), ProductType.CURRENT_ACCOUNT);
        account.pullEvents();
        return account;
    }

    private static Money vnd(String amount) {
        return Money.of(amount, "VND", 0);
    }

    private static AccountState state(Money balance, AccountStatus status, String blockReason, Instant closedAt) {
        return new AccountState(AccountId.random(), NUMBER, null, CustomerId.random(), ProductType.CURRENT_ACCOUNT, VND,
                balance, status, blockReason, NOW, NOW, closedAt, 4);
    }

    @Nested
    class Open {

        @Test
        void opens_an_active_account_with_zero_balance_and_records_it() {
            Customer owner = aCustomer().status(CustomerStatus.ACTIVE).kyc(KycLevel.EKYC).build();
            AccountId id = AccountId.random();

            Account account = Account.open(id, NUMBER, IBAN, owner, ProductType.CURRENT_ACCOUNT, VND, NOW);

            AccountState state = account.state();
            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(state.customerId()).isEqualTo(owner.id());
            assertThat(state.balance()).isEqualTo(vnd("0"));
            assertThat(state.iban()).isEqualTo(IBAN);
            assertThat(state.openedAt()).isEqualTo(NOW);
            assertThat(state.closedAt()).isNull();
            assertThat(account.version()).isZero();
            assertThat(account.pullEvents()).containsExactly(
                    new AccountEvent.Opened(id, owner.id(), NUMBER, ProductType.CURRENT_ACCOUNT, NOW));
        }

        @Test
        void opened_event_names_the_account_aggregate() {
            Account account = open(aCustomer().build(), ProductType.CURRENT_ACCOUNT);

            DomainEvent event = account.pullEvents().get(0);
            assertThat(event.type()).isEqualTo("AccountOpened");
            assertThat(event.aggregateType()).isEqualTo("Account");
            assertThat(event.aggregateId()).isEqualTo(account.id().toString());
        }

        @ParameterizedTest
        @EnumSource(value = CustomerStatus.class, names = {"CLOSED", "BLOCKED"})
        void refuses_a_closed_or_blocked_owner(CustomerStatus status) {
            Customer owner = aCustomer().status(status).kyc(KycLevel.STANDARD).build();

            assertRuleViolated(() -> open(owner, ProductType.CURRENT_ACCOUNT), "CUSTOMER_NOT_ELIGIBLE");
        }

        @Test
        void refuses_a_blacklisted_owner_even_as_prospect() {
            Customer owner = aCustomer().status(CustomerStatus.PROSPECT).kyc(KycLevel.STANDARD).blacklisted("fraud").build();

            assertRuleViolated(() -> open(owner, ProductType.EMONEY_WALLET), "CUSTOMER_NOT_ELIGIBLE").getMessage().contains("blacklisted");
        }

        @ParameterizedTest
        @EnumSource(value = ProductType.class, names = {"CURRENT_ACCOUNT", "EKYC_PAYMENT_ACCOUNT", "SAVINGS_ACCOUNT"})
        void refuses_payment_products_when_kyc_is_none(ProductType product) {
            Customer owner = aCustomer().kyc(KycLevel.NONE).build();

            assertRuleViolated(() -> open(owner, product), "KYC_LEVEL_TOO_LOW");
        }

        @Test
        void allows_an_emoney_wallet_at_kyc_none() {
            Customer owner = aCustomer().status(CustomerStatus.PROSPECT).kyc(KycLevel.NONE).build();

            Account wallet = Account.open(AccountId.random(), NUMBER, null, owner, ProductType.EMONEY_WALLET,
                    new Asset(AssetCode.of("eUAH"), AssetTest.ISSUER_1, 2, null, null), NOW);

            assertThat(wallet.state().product()).isEqualTo(ProductType.EMONEY_WALLET);
            assertThat(wallet.state().balance()).isEqualTo(Money.of("0", "eUAH", 2));
        }

        @ParameterizedTest
        @EnumSource(value = CustomerStatus.class, names = {"PROSPECT", "CANDIDATE", "ACTIVE"})
        void allows_open_customers_with_enough_kyc(CustomerStatus status) {
            assertThat(open(aCustomer().status(status).kyc(KycLevel.EKYC).build(), ProductType.CURRENT_ACCOUNT).status())
                    .isEqualTo(AccountStatus.ACTIVE);
        }

        @Test
        void requires_product_asset_and_time() {
            Customer owner = aCustomer().build();

            assertValidationFails(() -> open(owner, null), "product");
            assertValidationFails(() -> Account.open(AccountId.random(), NUMBER, null, owner, ProductType.CURRENT_ACCOUNT, null, NOW), "asset");
            assertValidationFails(() -> Account.open(AccountId.random(), NUMBER, null, owner, ProductType.CURRENT_ACCOUNT, VND, null), "now");
        }

        @Test
        void only_wallets_are_one_per_asset() {
            assertThat(ProductType.EMONEY_WALLET.onePerAsset()).isTrue();
            assertThat(ProductType.CURRENT_ACCOUNT.onePerAsset()).isFalse();
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void blocking_records_status_and_reason() {
            Account account = anAccount();

            account.block("court order", LATER);

            assertThat(account.status()).isEqualTo(AccountStatus.BLOCKED);
            assertThat(account.state().blockReason()).isEqualTo("court order");
            assertThat(account.state().updatedAt()).isEqualTo(LATER);
            assertThat(account.pullEvents()).containsExactly(new AccountEvent.StatusChanged(account.id(), account.state().customerId(),
                    AccountStatus.ACTIVE, AccountStatus.BLOCKED, "court order", LATER));
        }

        @Test
        void blocking_needs_a_reason() {
            Account account = anAccount();

            assertValidationFails(() -> account.block(" ", LATER), "reason");
            assertValidationFails(() -> account.block(null, LATER), "reason");
            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        }

        @Test
        void blocking_a_blocked_account_changes_nothing() {
            Account account = anAccount();
            account.block("court order", LATER);
            account.pullEvents();

            account.block("another reason", MUCH_LATER);

            assertThat(account.state().blockReason()).isEqualTo("court order");
            assertThat(account.pullEvents()).isEmpty();
        }

        @Test
        void unblocking_clears_the_reason() {
            Account account = anAccount();
            account.block("court order", LATER);
            account.pullEvents();

            account.unblock(MUCH_LATER);

            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(account.state().blockReason()).isNull();
            assertThat(account.pullEvents()).containsExactly(new AccountEvent.StatusChanged(account.id(), account.state().customerId(),
                    AccountStatus.BLOCKED, AccountStatus.ACTIVE, null, MUCH_LATER));
        }

        @Test
        void closes_an_account_with_zero_balance() {
            Account account = anAccount();

            account.close(LATER);

            assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
            assertThat(account.state().closedAt()).isEqualTo(LATER);
            assertThat(account.pullEvents()).singleElement().isInstanceOfSatisfying(AccountEvent.StatusChanged.class,
                    e -> assertThat(e.to()).isEqualTo(AccountStatus.CLOSED));
        }

        @Test
        void closes_a_blocked_account() {
            Account account = anAccount();
            account.block("dormant", LATER);

            account.close(MUCH_LATER);

            assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
            assertThat(account.state().blockReason()).isNull();
        }

        @Test
        void close_is_refused_while_the_balance_is_positive() {
            Account account = anAccount();
            account.applyBooking(vnd("1"), LATER);

            assertRuleViolated(() -> account.close(MUCH_LATER), "BALANCE_NOT_ZERO");
            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        }

        @Test
        void close_is_refused_while_the_balance_is_negative() {
            Account account = anAccount();
            account.applyBooking(vnd("-1"), LATER);

            assertRuleViolated(() -> account.close(MUCH_LATER), "BALANCE_NOT_ZERO");
        }

        @Test
        void closed_is_final() {
            Account account = anAccount();
            account.close(LATER);
            account.pullEvents();

            assertInvalidTransition(() -> account.unblock(MUCH_LATER), "Account", AccountStatus.CLOSED, AccountStatus.ACTIVE);
            assertInvalidTransition(() -> account.block("late", MUCH_LATER), "Account", AccountStatus.CLOSED, AccountStatus.BLOCKED);
            assertThat(account.pullEvents()).isEmpty();
        }

        @Test
        void transitions_need_a_time() {
            assertValidationFails(() -> anAccount().unblock(null), "now");
        }

        @Test
        void status_successors_follow_the_lifecycle() {
            assertThat(AccountStatus.ACTIVE.successors()).containsExactlyInAnyOrder(AccountStatus.BLOCKED, AccountStatus.CLOSED);
            assertThat(AccountStatus.BLOCKED.successors()).containsExactlyInAnyOrder(AccountStatus.ACTIVE, AccountStatus.CLOSED);
            assertThat(AccountStatus.CLOSED.successors()).isEmpty();
        }
    }

    @Nested
    class Bookings {

        @Test
        void credits_and_debits_change_the_balance() {
            Account account = anAccount();

            account.applyBooking(vnd("500000"), LATER);
            account.applyBooking(vnd("-120000"), MUCH_LATER);

            assertThat(account.state().balance()).isEqualTo(vnd("380000"));
            assertThat(account.state().updatedAt()).isEqualTo(MUCH_LATER);
            assertThat(account.pullEvents()).isEmpty();
        }

        @Test
        void a_blocked_account_still_receives_bookings() {
            Account account = anAccount();
            account.block("court order", LATER);

            account.applyBooking(vnd("10"), MUCH_LATER);

            assertThat(account.state().balance()).isEqualTo(vnd("10"));
        }

        @Test
        void rejects_a_booking_in_another_asset() {
            Account account = anAccount();

            assertValidationFails(() -> account.applyBooking(Money.of("1", "USD", 2), LATER), "currency");
            assertThat(account.state().balance()).isEqualTo(vnd("0"));
        }

        @Test
        void a_closed_account_refuses_bookings() {
            Account account = anAccount();
            account.close(LATER);

            assertRuleViolated(() -> account.applyBooking(vnd("1"), MUCH_LATER), "ACCOUNT_CLOSED");
        }

        @Test
        void requires_an_amount() {
            assertValidationFails(() -> anAccount().applyBooking(null, LATER), "amount");
        }
    }

    @Nested
    class Restore {

        @Test
        void restores_a_valid_state_without_events() {
            AccountState state = state(vnd("42"), AccountStatus.BLOCKED, "dormant", null);

            Account account = Account.restore(state);

            assertThat(account.state()).isEqualTo(state);
            assertThat(account.version()).isEqualTo(4);
            assertThat(account.pullEvents()).isEmpty();
        }

        @Test
        void rejects_a_balance_in_another_asset() {
            assertValidationFails(() -> Account.restore(state(Money.of("1", "USD", 2), AccountStatus.ACTIVE, null, null)), "balance");
            assertValidationFails(() -> Account.restore(state(Money.of("1", "VND", 2), AccountStatus.ACTIVE, null, null)), "balance");
        }

        @Test
        void rejects_closed_without_closed_at_and_closed_at_while_open() {
            assertValidationFails(() -> Account.restore(state(vnd("0"), AccountStatus.CLOSED, null, null)), "closedAt");
            assertValidationFails(() -> Account.restore(state(vnd("0"), AccountStatus.ACTIVE, null, NOW)), "closedAt");
        }

        @Test
        void rejects_blocked_without_reason() {
            assertValidationFails(() -> Account.restore(state(vnd("0"), AccountStatus.BLOCKED, " ", null)), "blockReason");
        }

        @Test
        void state_rejects_negative_version() {
            assertValidationFails(() -> new AccountState(AccountId.random(), NUMBER, null, CustomerId.random(),
                    ProductType.CURRENT_ACCOUNT, VND, vnd("0"), AccountStatus.ACTIVE, null, NOW, NOW, null, -1), "version");
        }
    }
}
