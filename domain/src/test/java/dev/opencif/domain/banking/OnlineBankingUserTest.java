package dev.opencif.domain.banking;

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
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.shared.DomainEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OnlineBankingUserTest {
    private static final BankingUsername USERNAME = new BankingUsername("nguyenvanan");

    private static OnlineBankingUser anActiveUser() {
        OnlineBankingUser user = OnlineBankingUser.create(BankingUserId.random(), aCustomer().kyc(KycLevel.EKYC).build(), USERNAME, NOW);
        user.pullEvents();
        return user;
    }

    private static void failLogins(OnlineBankingUser user, int times) {
        for (int i = 0; i < times; i++) {
            user.recordFailedLogin(LATER);
        }
    }

    @Test
    void creates_an_active_user_for_an_ekyc_customer() {
        Customer owner = aCustomer().kyc(KycLevel.EKYC).build();
        BankingUserId id = BankingUserId.random();

        OnlineBankingUser user = OnlineBankingUser.create(id, owner, USERNAME, NOW);

        BankingUserState state = user.state();
        assertThat(user.id()).isEqualTo(id);
        assertThat(user.status()).isEqualTo(BankingUserStatus.ACTIVE);
        assertThat(state.customerId()).isEqualTo(owner.id());
        assertThat(state.username()).isEqualTo(USERNAME);
        assertThat(state.failedAttempts()).isZero();
        assertThat(state.lockReason()).isNull();
        assertThat(user.pullEvents()).containsExactly(new BankingUserEvent.Created(id, owner.id(), NOW));
    }

    @Test
    void created_event_names_the_banking_user_aggregate() {
        OnlineBankingUser user = OnlineBankingUser.create(BankingUserId.random(), aCustomer().build(), USERNAME, NOW);

        DomainEvent event = user.pullEvents().get(0);
        assertThat(event.type()).isEqualTo("BankingUserCreated");
        assertThat(event.aggregateType()).isEqualTo("BankingUser");
        assertThat(event.aggregateId()).isEqualTo(user.id().toString());
    }

    @ParameterizedTest
    @EnumSource(value = KycLevel.class, names = {"EKYC", "STANDARD", "ENHANCED"})
    void kyc_levels_from_ekyc_up_may_bank_online(KycLevel level) {
        assertThat(OnlineBankingUser.create(BankingUserId.random(), aCustomer().kyc(level).build(), USERNAME, NOW).status())
                .isEqualTo(BankingUserStatus.ACTIVE);
    }

    @Test
    void refuses_a_customer_at_kyc_none() {
        Customer owner = aCustomer().kyc(KycLevel.NONE).build();

        assertRuleViolated(() -> OnlineBankingUser.create(BankingUserId.random(), owner, USERNAME, NOW), "KYC_LEVEL_TOO_LOW");
    }

    @Test
    void refuses_a_blacklisted_customer() {
        Customer owner = aCustomer().status(CustomerStatus.BLOCKED).kyc(KycLevel.STANDARD).blacklisted("fraud").build();

        assertRuleViolated(() -> OnlineBankingUser.create(BankingUserId.random(), owner, USERNAME, NOW), "CUSTOMER_NOT_ELIGIBLE");
    }

    @Test
    void refuses_a_closed_customer() {
        Customer owner = aCustomer().status(CustomerStatus.CLOSED).kyc(KycLevel.STANDARD).build();

        assertRuleViolated(() -> OnlineBankingUser.create(BankingUserId.random(), owner, USERNAME, NOW), "CUSTOMER_NOT_ELIGIBLE");
    }

    @Test
    void locking_needs_a_reason() {
        OnlineBankingUser user = anActiveUser();

        assertValidationFails(() -> user.lock(null, LATER), "reason");
        assertValidationFails(() -> user.lock("  ", LATER), "reason");
        assertThat(user.status()).isEqualTo(BankingUserStatus.ACTIVE);
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void locking_records_the_reason_and_an_event() {
        OnlineBankingUser user = anActiveUser();

        user.lock("customer request", LATER);

        assertThat(user.status()).isEqualTo(BankingUserStatus.LOCKED);
        assertThat(user.state().lockReason()).isEqualTo("customer request");
        assertThat(user.state().updatedAt()).isEqualTo(LATER);
        assertThat(user.pullEvents()).containsExactly(new BankingUserEvent.StatusChanged(user.id(), user.state().customerId(),
                BankingUserStatus.ACTIVE, BankingUserStatus.LOCKED, "customer request", LATER));
    }

    @Test
    void unlocking_resets_the_failure_counter() {
        OnlineBankingUser user = anActiveUser();
        failLogins(user, 3);
        user.lock("suspicious activity", LATER);
        user.pullEvents();

        user.unlock(MUCH_LATER);

        assertThat(user.status()).isEqualTo(BankingUserStatus.ACTIVE);
        assertThat(user.state().failedAttempts()).isZero();
        assertThat(user.state().lockReason()).isNull();
        assertThat(user.pullEvents()).containsExactly(new BankingUserEvent.StatusChanged(user.id(), user.state().customerId(),
                BankingUserStatus.LOCKED, BankingUserStatus.ACTIVE, null, MUCH_LATER));
    }

    @Test
    void failed_logins_below_the_maximum_only_count() {
        OnlineBankingUser user = anActiveUser();

        failLogins(user, OnlineBankingUser.MAX_FAILED_ATTEMPTS - 1);

        assertThat(user.status()).isEqualTo(BankingUserStatus.ACTIVE);
        assertThat(user.state().failedAttempts()).isEqualTo(4);
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void the_fifth_failed_login_locks_the_user() {
        OnlineBankingUser user = anActiveUser();
        failLogins(user, 4);

        user.recordFailedLogin(MUCH_LATER);

        assertThat(user.status()).isEqualTo(BankingUserStatus.LOCKED);
        assertThat(user.state().failedAttempts()).isEqualTo(5);
        assertThat(user.state().lockReason()).isEqualTo("too many failed login attempts");
        assertThat(user.pullEvents()).containsExactly(new BankingUserEvent.StatusChanged(user.id(), user.state().customerId(),
                BankingUserStatus.ACTIVE, BankingUserStatus.LOCKED, "too many failed login attempts", MUCH_LATER));
    }

    @Test
    void unlocking_after_an_automatic_lock_allows_five_new_attempts() {
        OnlineBankingUser user = anActiveUser();
        failLogins(user, 5);
        user.unlock(MUCH_LATER);

        failLogins(user, 4);

        assertThat(user.status()).isEqualTo(BankingUserStatus.ACTIVE);
    }

    @Test
    void a_locked_user_cannot_log_in() {
        OnlineBankingUser user = anActiveUser();
        user.lock("fraud", LATER);

        assertRuleViolated(() -> user.recordFailedLogin(MUCH_LATER), "BANKING_USER_NOT_ACTIVE");
        assertRuleViolated(() -> user.recordSuccessfulLogin(MUCH_LATER), "BANKING_USER_NOT_ACTIVE");
    }

    @Test
    void a_successful_login_resets_the_failure_counter() {
        OnlineBankingUser user = anActiveUser();
        failLogins(user, 4);

        user.recordSuccessfulLogin(MUCH_LATER);
        failLogins(user, 4);

        assertThat(user.status()).isEqualTo(BankingUserStatus.ACTIVE);
        assertThat(user.state().failedAttempts()).isEqualTo(4);
    }

    @Test
    void closes_an_active_or_locked_user() {
        OnlineBankingUser active = anActiveUser();
        OnlineBankingUser locked = anActiveUser();
        locked.lock("fraud", LATER);
        locked.pullEvents();

        active.close(MUCH_LATER);
        locked.close(MUCH_LATER);

        assertThat(active.status()).isEqualTo(BankingUserStatus.CLOSED);
        assertThat(locked.status()).isEqualTo(BankingUserStatus.CLOSED);
        assertThat(locked.state().lockReason()).isNull();
        assertThat(locked.pullEvents()).singleElement().isInstanceOfSatisfying(BankingUserEvent.StatusChanged.class,
                e -> assertThat(e.to()).isEqualTo(BankingUserStatus.CLOSED));
    }

    @Test
    void closed_is_final() {
        OnlineBankingUser user = anActiveUser();
        user.close(LATER);
        user.pullEvents();

        assertInvalidTransition(() -> user.unlock(MUCH_LATER), "BankingUser", BankingUserStatus.CLOSED, BankingUserStatus.ACTIVE);
        assertInvalidTransition(() -> user.lock("late", MUCH_LATER), "BankingUser", BankingUserStatus.CLOSED, BankingUserStatus.LOCKED);
        assertRuleViolated(() -> user.recordFailedLogin(MUCH_LATER), "BANKING_USER_NOT_ACTIVE");
        assertThat(user.status()).isEqualTo(BankingUserStatus.CLOSED);
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void state_requires_a_reason_while_locked_and_bounds_the_counter() {
        CustomerId customer = CustomerId.random();

        assertValidationFails(() -> new BankingUserState(BankingUserId.random(), customer, USERNAME, BankingUserStatus.LOCKED, 0,
                null, NOW, NOW, 0), "lockReason");
        assertValidationFails(() -> new BankingUserState(BankingUserId.random(), customer, USERNAME, BankingUserStatus.ACTIVE, 6,
                null, NOW, NOW, 0), "failedAttempts");
        assertValidationFails(() -> new BankingUserState(BankingUserId.random(), customer, USERNAME, BankingUserStatus.ACTIVE, -1,
                null, NOW, NOW, 0), "failedAttempts");
    }

    @Test
    void restore_keeps_the_stored_state_without_events() {
        BankingUserState state = new BankingUserState(BankingUserId.random(), CustomerId.random(), USERNAME,
                BankingUserStatus.LOCKED, 5, "too many failed login attempts", NOW, LATER, 9);

        OnlineBankingUser user = OnlineBankingUser.restore(state);

        assertThat(user.state()).isEqualTo(state);
        assertThat(user.pullEvents()).isEmpty();
    }
}
