package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.banking.BankingUserAction;
import dev.opencif.application.port.in.banking.BankingUserView;
import dev.opencif.application.port.in.banking.CloseBankingUserCommand;
import dev.opencif.application.port.in.banking.GetBankingUserQuery;
import dev.opencif.application.port.in.banking.UpdateBankingUserStatusCommand;
import dev.opencif.application.service.BankingUserService;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.banking.BankingUserEvent;
import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.banking.BankingUserStatus;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Channel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BankingUserServiceTest {
    private static final Origin ORIGIN = new Origin(Channel.ESB, "req-9", "esb-client");
    private static final BankingUsername USERNAME = new BankingUsername("lan.tran");

    private final UseCaseFixture fx = UseCaseFixture.create();
    private final BankingUserService service = new BankingUserService(fx.context());
    private Customer owner;
    private Customer stranger;

    @BeforeEach
    void setUp() {
        owner = customer();
        stranger = customer();
        bankingUser(owner, USERNAME);
        bankingUser(stranger, new BankingUsername("minh.pham"));
    }

    @Test
    void reads_a_banking_user_together_with_its_customer() {
        BankingUserView view = service.get(new GetBankingUserQuery(CustomerRef.number(owner.number()), USERNAME));

        assertThat(view.user().username()).isEqualTo(USERNAME);
        assertThat(view.user().status()).isEqualTo(BankingUserStatus.ACTIVE);
        assertThat(view.customer().id()).isEqualTo(owner.id());
    }

    @Test
    void answers_not_found_alike_for_an_unknown_username_and_one_of_another_customer() {
        NotFoundException unknown = notFound(() -> service.get(new GetBankingUserQuery(ref(owner), new BankingUsername("ghost.user"))));
        NotFoundException foreign = notFound(() -> service.get(new GetBankingUserQuery(ref(stranger), USERNAME)));

        assertThat(unknown.entity()).isEqualTo("BankingUser").isEqualTo(foreign.entity());
        assertThat(unknown.key()).isEqualTo("ghost.user");
        assertThat(foreign.key()).isEqualTo(USERNAME.value());
        assertThat(foreign.getMessage()).doesNotContain(owner.number().toString()).doesNotContain(owner.id().toString());
    }

    @Test
    void reading_for_an_unknown_customer_is_not_found() {
        assertThat(notFound(() -> service.get(new GetBankingUserQuery(CustomerRef.id(CustomerId.random()), USERNAME))).entity())
                .isEqualTo("Customer");
    }

    @Test
    void reading_without_a_username_names_the_field() {
        assertThatThrownBy(() -> service.get(new GetBankingUserQuery(ref(owner), null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("username"));
    }

    @Test
    void closes_a_banking_user_for_good() {
        BankingUserState closed = service.close(new CloseBankingUserCommand(ORIGIN, ref(owner), USERNAME));

        assertThat(closed.status()).isEqualTo(BankingUserStatus.CLOSED);
        assertThat(stored(USERNAME).status()).isEqualTo(BankingUserStatus.CLOSED);
        assertThat(fx.adapters().events().published(BankingUserEvent.StatusChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.to()).isEqualTo(BankingUserStatus.CLOSED));
        assertThat(operations()).containsExactly("close-banking-user");
        assertThatThrownBy(() -> update(BankingUserAction.UNLOCK, null)).isInstanceOf(InvalidStateTransitionException.class);
    }

    @Test
    void refuses_to_close_the_banking_user_of_another_customer() {
        assertThat(notFound(() -> service.close(new CloseBankingUserCommand(ORIGIN, ref(stranger), USERNAME))).entity())
                .isEqualTo("BankingUser");
        assertThat(stored(USERNAME).status()).isEqualTo(BankingUserStatus.ACTIVE);
        assertThat(operations()).isEmpty();
    }

    @Test
    void locks_with_a_reason_and_unlocks() {
        BankingUserState locked = update(BankingUserAction.LOCK, "lost phone");

        assertThat(locked.status()).isEqualTo(BankingUserStatus.LOCKED);
        assertThat(locked.lockReason()).isEqualTo("lost phone");

        fx.clock().advance(Duration.ofMinutes(1));
        BankingUserState unlocked = update(BankingUserAction.UNLOCK, null);

        assertThat(unlocked.status()).isEqualTo(BankingUserStatus.ACTIVE);
        assertThat(unlocked.lockReason()).isNull();
        assertThat(unlocked.updatedAt()).isEqualTo(fx.clock().instant());
        assertThat(fx.adapters().events().published(BankingUserEvent.StatusChanged.class))
                .extracting(BankingUserEvent.StatusChanged::to).containsExactly(BankingUserStatus.LOCKED, BankingUserStatus.ACTIVE);
        assertThat(operations()).containsExactly("update-banking-user-status", "update-banking-user-status");
    }

    @Test
    void locking_requires_a_reason() {
        for (String reason : new String[] {null, "  "}) {
            assertThatThrownBy(() -> update(BankingUserAction.LOCK, reason))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
        }
        assertThat(stored(USERNAME).status()).isEqualTo(BankingUserStatus.ACTIVE);
    }

    @Test
    void the_fifth_failed_login_in_a_row_locks_the_user() {
        for (int i = 1; i <= 4; i++) {
            BankingUserState state = update(BankingUserAction.FAILED_LOGIN, null);
            assertThat(state.status()).isEqualTo(BankingUserStatus.ACTIVE);
            assertThat(state.failedAttempts()).isEqualTo(i);
        }

        BankingUserState fifth = update(BankingUserAction.FAILED_LOGIN, null);

        assertThat(fifth.status()).isEqualTo(BankingUserStatus.LOCKED);
        assertThat(stored(USERNAME).status()).isEqualTo(BankingUserStatus.LOCKED);
        assertThatThrownBy(() -> update(BankingUserAction.FAILED_LOGIN, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("BANKING_USER_NOT_ACTIVE"));
        assertThat(update(BankingUserAction.UNLOCK, null).failedAttempts()).isZero();
    }

    @Test
    void a_successful_login_clears_the_failure_count() {
        update(BankingUserAction.FAILED_LOGIN, null);
        update(BankingUserAction.FAILED_LOGIN, null);

        BankingUserState state = update(BankingUserAction.SUCCESSFUL_LOGIN, null);

        assertThat(state.failedAttempts()).isZero();
        assertThat(stored(USERNAME).failedAttempts()).isZero();
    }

    @Test
    void refuses_to_unlock_the_banking_user_of_a_blacklisted_customer() {
        update(BankingUserAction.LOCK, "lost phone");
        blacklist(owner);

        assertThatThrownBy(() -> update(BankingUserAction.UNLOCK, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("CUSTOMER_BLACKLISTED");
                    assertThat(e.getMessage()).contains("lift the blacklisting first");
                });
        assertThat(stored(USERNAME).status()).isEqualTo(BankingUserStatus.LOCKED);
        assertThat(stored(USERNAME).lockReason()).isEqualTo("lost phone");
        assertThat(operations()).containsExactly("update-banking-user-status");
    }

    @Test
    void refuses_a_successful_login_of_a_blacklisted_customers_user_and_keeps_its_failure_count() {
        update(BankingUserAction.FAILED_LOGIN, null);
        blacklist(owner);

        assertThatThrownBy(() -> update(BankingUserAction.SUCCESSFUL_LOGIN, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("CUSTOMER_BLACKLISTED"));
        assertThat(stored(USERNAME).failedAttempts()).isEqualTo(1);
    }

    @Test
    void still_locks_and_closes_the_banking_user_of_a_blacklisted_customer() {
        blacklist(owner);

        assertThat(update(BankingUserAction.LOCK, "sanctions").status()).isEqualTo(BankingUserStatus.LOCKED);
        assertThat(service.close(new CloseBankingUserCommand(ORIGIN, ref(owner), USERNAME)).status()).isEqualTo(BankingUserStatus.CLOSED);
    }

    @Test
    void unlocks_again_once_the_blacklisting_is_lifted() {
        update(BankingUserAction.LOCK, "lost phone");
        blacklist(owner);
        Customer blacklisted = fx.ports().loadCustomer().findById(owner.id()).orElseThrow();
        blacklisted.liftBlacklist(fx.clock().instant());
        fx.ports().saveCustomer().save(blacklisted);

        assertThat(update(BankingUserAction.UNLOCK, null).status()).isEqualTo(BankingUserStatus.ACTIVE);
    }

    @Test
    void refuses_to_change_the_status_of_another_customers_user() {
        assertThatThrownBy(() -> service.update(new UpdateBankingUserStatusCommand(ORIGIN, ref(stranger), USERNAME,
                BankingUserAction.LOCK, "suspicious")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("BankingUser"));
        assertThat(stored(USERNAME).status()).isEqualTo(BankingUserStatus.ACTIVE);
    }

    @Test
    void a_status_change_without_action_names_the_field() {
        assertThatThrownBy(() -> service.update(new UpdateBankingUserStatusCommand(ORIGIN, ref(owner), USERNAME, null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("action"));
    }

    private BankingUserState update(BankingUserAction action, String reason) {
        return service.update(new UpdateBankingUserStatusCommand(ORIGIN, ref(owner), USERNAME, action, reason));
    }

    private BankingUserState stored(BankingUsername username) {
        return fx.ports().loadBankingUser().findByUsername(username).orElseThrow().state();
    }

    private List<String> operations() {
        return fx.adapters().interactions().all().stream().map(Interaction::operation).toList();
    }

    private static NotFoundException notFound(Runnable call) {
        try {
            call.run();
        } catch (NotFoundException e) {
            return e;
        }
        throw new AssertionError("expected NOT_FOUND");
    }

    private static CustomerRef ref(Customer customer) {
        return CustomerRef.number(customer.number());
    }

    /** Blacklists the customer record only, so its banking user keeps whatever state the test gave it. */
    private void blacklist(Customer customer) {
        Customer stored = fx.ports().loadCustomer().findById(customer.id()).orElseThrow();
        stored.blacklist("sanctions list", fx.clock().instant());
        fx.ports().saveCustomer().save(stored);
    }

    private void bankingUser(Customer customer, BankingUsername username) {
        fx.ports().saveBankingUser().save(OnlineBankingUser.create(BankingUserId.random(), customer, username, fx.clock().instant()));
    }

    private Customer customer() {
        KycProfile kyc = KycProfile.none().verifiedAs(KycLevel.EKYC, KycMethod.EKYC, fx.clock().instant());
        CustomerRegistration registration = new CustomerRegistration(CustomerType.INDIVIDUAL,
                new PersonName("Lan", "Tran", null), null, CustomerStatus.ACTIVE, null, null, null, false, kyc,
                List.of(), null, null, null);
        return fx.ports().saveCustomer().save(Customer.register(CustomerId.random(),
                fx.ports().customerNumbers().nextCustomerNumber(), registration, fx.clock().instant()));
    }
}
