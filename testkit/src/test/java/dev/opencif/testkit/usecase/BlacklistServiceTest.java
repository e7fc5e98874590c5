package dev.opencif.testkit.usecase;

import static dev.opencif.testkit.usecase.CustomerServiceTestData.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.customer.BlacklistCustomerCommand;
import dev.opencif.application.port.in.customer.BlacklistResult;
import dev.opencif.application.port.in.customer.LiftBlacklistCommand;
import dev.opencif.application.service.BlacklistService;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.domain.account.AccountEvent;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.banking.BankingUserEvent;
import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.banking.BankingUserStatus;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BlacklistServiceTest {
    private final UseCaseFixture fixture = UseCaseFixture.create();
    private final CustomerServiceTestData data = new CustomerServiceTestData(fixture);
    private final BlacklistService service = new BlacklistService(fixture.context());

    private BlacklistResult blacklist(CustomerId customer, String reason) {
        return service.blacklist(new BlacklistCustomerCommand(ORIGIN, CustomerRef.id(customer), reason));
    }

    private BlacklistResult lift(CustomerId customer) {
        return service.lift(new LiftBlacklistCommand(ORIGIN, CustomerRef.id(customer)));
    }

    private AccountState account(AccountId id) {
        return fixture.ports().loadAccount().findById(id).orElseThrow().state();
    }

    private BankingUserState user(BankingUserId id) {
        return fixture.ports().loadBankingUser().findById(id).orElseThrow().state();
    }

    @Test
    void blocks_the_customer_its_active_accounts_and_locks_its_active_banking_user() {
        CustomerState customer = data.activeCustomer();
        AccountState current = data.openAccount(customer.id());
        AccountState savings = data.openAccount(customer.id());
        BankingUserState user = data.createBankingUser(customer.id(), "an.nguyen");
        fixture.clock().advance(Duration.ofMinutes(5));

        BlacklistResult result = blacklist(customer.id(), "court order 17/2026");

        assertThat(result.customer().status()).isEqualTo(CustomerStatus.BLOCKED);
        assertThat(result.customer().blacklisting().reason()).isEqualTo("court order 17/2026");
        assertThat(result.customer().blacklisting().since()).isEqualTo(fixture.clock().instant());
        assertThat(account(current.id()).status()).isEqualTo(AccountStatus.BLOCKED);
        assertThat(account(current.id()).blockReason()).isEqualTo("BLACKLISTED: court order 17/2026");
        assertThat(account(savings.id()).status()).isEqualTo(AccountStatus.BLOCKED);
        assertThat(user(user.id()).status()).isEqualTo(BankingUserStatus.LOCKED);
        assertThat(user(user.id()).lockReason()).isEqualTo("BLACKLISTED: court order 17/2026");
    }

    @Test
    void returns_the_stored_states_of_the_customer_accounts_and_users() {
        CustomerState customer = data.activeCustomer();
        AccountState account = data.openAccount(customer.id());
        BankingUserState user = data.createBankingUser(customer.id(), "an.nguyen");

        BlacklistResult result = blacklist(customer.id(), "sanctions");

        assertThat(result.customer()).isEqualTo(data.load(customer.id()).state());
        assertThat(result.accounts()).containsExactly(account(account.id()));
        assertThat(result.accounts().get(0).version()).isEqualTo(account.version() + 1);
        assertThat(result.bankingUsers()).containsExactly(user(user.id()));
    }

    @Test
    void leaves_accounts_and_users_that_are_not_active_as_they_were() {
        CustomerState customer = data.activeCustomer();
        AccountState frozen = data.blockAccount(data.openAccount(customer.id()), "FRAUD CHECK");
        AccountState closed = data.closeAccount(data.openAccount(customer.id()));
        BankingUserState locked = data.lockBankingUser(data.createBankingUser(customer.id(), "an.nguyen"), "forgot password");

        BlacklistResult result = blacklist(customer.id(), "sanctions");

        assertThat(account(frozen.id())).isEqualTo(frozen);
        assertThat(account(closed.id())).isEqualTo(closed);
        assertThat(user(locked.id())).isEqualTo(locked);
        assertThat(result.accounts()).containsExactly(frozen, closed);
        assertThat(result.bankingUsers()).containsExactly(locked);
    }

    @Test
    void does_not_touch_the_accounts_of_other_customers() {
        CustomerState customer = data.activeCustomer();
        AccountState someoneElses = data.openAccount(data.activeCustomer().id());

        blacklist(customer.id(), "sanctions");

        assertThat(account(someoneElses.id())).isEqualTo(someoneElses);
    }

    @Test
    void publishes_the_events_and_logs_the_blacklisting() {
        CustomerState customer = data.activeCustomer();
        data.openAccount(customer.id());
        data.createBankingUser(customer.id(), "an.nguyen");

        blacklist(customer.id(), "sanctions");

        assertThat(fixture.adapters().events().published(CustomerEvent.Blacklisted.class))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("sanctions"));
        assertThat(fixture.adapters().events().published(AccountEvent.StatusChanged.class))
                .singleElement().satisfies(e -> assertThat(e.to()).isEqualTo(AccountStatus.BLOCKED));
        assertThat(fixture.adapters().events().published(BankingUserEvent.StatusChanged.class))
                .singleElement().satisfies(e -> assertThat(e.to()).isEqualTo(BankingUserStatus.LOCKED));
        assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer", "blacklist-customer");
    }

    @Test
    void keeps_the_block_reason_within_what_an_account_can_hold() {
        CustomerState customer = data.activeCustomer();
        AccountState account = data.openAccount(customer.id());
        String longReason = "x".repeat(500);

        blacklist(customer.id(), longReason);

        String blockReason = account(account.id()).blockReason();
        assertThat(blockReason).startsWith("BLACKLISTED: xxx").hasSize(500);
    }

    @Test
    void blacklists_a_prospect_without_changing_its_status() {
        CustomerState prospect = data.onboard(CustomerRegistration.individual(new PersonName("An", "Nguyen", null), List.of()));

        BlacklistResult result = blacklist(prospect.id(), "sanctions");

        assertThat(result.customer().status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(result.customer().blacklisting()).isNotNull();
    }

    @Test
    void rejects_a_blank_reason_naming_the_field_and_changes_nothing() {
        CustomerState customer = data.activeCustomer();
        AccountState account = data.openAccount(customer.id());

        assertThatThrownBy(() -> blacklist(customer.id(), "  "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));

        assertThat(data.load(customer.id()).state()).isEqualTo(customer);
        assertThat(account(account.id())).isEqualTo(account);
    }

    @Test
    void reports_an_unknown_customer_as_not_found() {
        assertThatThrownBy(() -> blacklist(CustomerId.random(), "sanctions")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lift(CustomerId.random())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refuses_to_blacklist_twice_and_changes_nothing() {
        CustomerState customer = data.activeCustomer();
        blacklist(customer.id(), "sanctions");
        AccountState opened = data.openAccount(data.activeCustomer().id());
        CustomerState before = data.load(customer.id()).state();
        int events = fixture.adapters().publishedEvents().size();

        assertThatThrownBy(() -> blacklist(customer.id(), "again"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("ALREADY_BLACKLISTED"));

        assertThat(data.load(customer.id()).state()).isEqualTo(before);
        assertThat(account(opened.id())).isEqualTo(opened);
        assertThat(fixture.adapters().publishedEvents()).hasSize(events);
    }

    @Test
    void refuses_to_blacklist_a_closed_customer() {
        CustomerState customer = data.activeCustomer();
        Customer closing = data.load(customer.id());
        closing.changeStatus(CustomerStatus.CLOSED, fixture.clock().instant());
        fixture.ports().saveCustomer().save(closing);

        assertThatThrownBy(() -> blacklist(customer.id(), "sanctions")).isInstanceOf(InvalidStateTransitionException.class);
    }

    private CustomerState blockCustomer(CustomerId id) {
        Customer customer = data.load(id);
        customer.changeStatus(CustomerStatus.BLOCKED, fixture.clock().instant());
        return fixture.ports().saveCustomer().save(customer).state();
    }

    @ParameterizedTest
    @EnumSource(value = CustomerStatus.class, names = {"ACTIVE", "BLOCKED"})
    void lifting_restores_only_what_the_blacklisting_blocked(CustomerStatus statusBefore) {
        CustomerState customer = data.activeCustomer();
        AccountState ordinary = data.openAccount(customer.id());
        AccountState frozen = data.blockAccount(data.openAccount(customer.id()), "FRAUD CHECK");
        BankingUserState active = data.createBankingUser(customer.id(), "an.nguyen");
        BankingUserState locked = data.lockBankingUser(data.createBankingUser(customer.id(), "an.nguyen2"), "too many failed login attempts");
        if (statusBefore == CustomerStatus.BLOCKED) {
            blockCustomer(customer.id());
        }
        assertThat(data.load(customer.id()).status()).isEqualTo(statusBefore);
        blacklist(customer.id(), "sanctions");
        fixture.clock().advance(Duration.ofDays(3));

        BlacklistResult result = lift(customer.id());

        assertThat(result.customer().status()).isEqualTo(statusBefore);
        assertThat(data.load(customer.id()).status()).isEqualTo(statusBefore);
        assertThat(result.customer().blacklisting()).isNull();
        assertThat(account(ordinary.id()).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account(ordinary.id()).blockReason()).isNull();
        assertThat(account(frozen.id())).isEqualTo(frozen);
        assertThat(user(active.id()).status()).isEqualTo(BankingUserStatus.ACTIVE);
        assertThat(user(locked.id())).isEqualTo(locked);
        assertThat(result.accounts()).containsExactly(account(ordinary.id()), frozen);
        assertThat(result.bankingUsers()).containsExactly(user(active.id()), locked);
    }

    @Test
    void lifting_publishes_the_events_and_logs_the_lift() {
        CustomerState customer = data.activeCustomer();
        data.openAccount(customer.id());
        blacklist(customer.id(), "sanctions");

        lift(customer.id());

        assertThat(fixture.adapters().events().published(CustomerEvent.BlacklistLifted.class)).hasSize(1);
        assertThat(fixture.adapters().events().published(AccountEvent.StatusChanged.class))
                .extracting(AccountEvent.StatusChanged::to).containsExactly(AccountStatus.BLOCKED, AccountStatus.ACTIVE);
        assertThat(data.operationsLoggedFor(customer.id()))
                .containsExactly("onboard-customer", "blacklist-customer", "lift-blacklist");
    }

    @Test
    void refuses_to_lift_a_blacklisting_that_does_not_exist() {
        CustomerState customer = data.activeCustomer();
        AccountState frozen = data.blockAccount(data.openAccount(customer.id()), "BLACKLISTED: by hand");

        assertThatThrownBy(() -> lift(customer.id()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("NOT_BLACKLISTED"));
        assertThat(account(frozen.id())).isEqualTo(frozen);
    }

    @Test
    void rejects_a_lift_without_customer_naming_the_field() {
        assertThatThrownBy(() -> service.lift(new LiftBlacklistCommand(ORIGIN, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("customer"));
    }
}
