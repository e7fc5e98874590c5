package dev.opencif.testkit.usecase;

import static dev.opencif.testkit.usecase.CustomerServiceTestData.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.account.HoldNiceNumberCommand;
import dev.opencif.application.port.in.account.OpenAccountCommand;
import dev.opencif.application.port.in.account.OpenNiceAccountCommand;
import dev.opencif.application.port.in.banking.BankingUserAction;
import dev.opencif.application.port.in.banking.CloseBankingUserCommand;
import dev.opencif.application.port.in.banking.UpdateBankingUserStatusCommand;
import dev.opencif.application.port.in.customer.BlacklistCustomerCommand;
import dev.opencif.application.port.in.customer.LiftBlacklistCommand;
import dev.opencif.application.port.out.LoadCustomerPort;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.service.AccountService;
import dev.opencif.application.service.BankingUserService;
import dev.opencif.application.service.BlacklistService;
import dev.opencif.application.service.CommandValidator;
import dev.opencif.application.service.NiceNumberService;
import dev.opencif.application.service.ServiceContext;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.testkit.memory.InMemoryDatabase;
import jakarta.validation.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Writes whose rules depend on the customer's state (blacklisting, account opening, holds, banking-user status)
 * take the customer's row lock first, inside their unit of work, so a database serialises them per customer.
 */
class CustomerLockingTest {
    private static final Asset VND = Asset.currency("VND", 0);
    private static final AccountNumber NICE = new AccountNumber("5123458888");

    private final UseCaseFixture fixture = UseCaseFixture.create();
    private final CustomerServiceTestData data = new CustomerServiceTestData(fixture);
    private final RecordingCustomers recording = new RecordingCustomers(fixture.ports().loadCustomer(), fixture.adapters().unitOfWork());
    private final ServiceContext context = new ServiceContext(withLoadCustomer(fixture.ports(), recording),
            new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator()));

    /** A customer lock taken through {@link LoadCustomerPort#findByIdForUpdate}, and whether a unit of work was running. */
    private record Lock(CustomerId customer, boolean inUnitOfWork) {
    }

    /** Passes every call through and records the locks. */
    private static final class RecordingCustomers implements LoadCustomerPort {
        private final LoadCustomerPort delegate;
        private final InMemoryDatabase database;
        private final List<Lock> locks = new ArrayList<>();

        RecordingCustomers(LoadCustomerPort delegate, InMemoryDatabase database) {
            this.delegate = delegate;
            this.database = database;
        }

        @Override
        public Optional<Customer> findById(CustomerId id) {
            return delegate.findById(id);
        }

        @Override
        public Optional<Customer> findByIdForUpdate(CustomerId id) {
            locks.add(new Lock(id, database.inTransaction()));
            return delegate.findByIdForUpdate(id);
        }

        @Override
        public Optional<Customer> findByNumber(CustomerNumber number) {
            return delegate.findByNumber(number);
        }

        @Override
        public Optional<Customer> findByIdentifier(Identifier identifier, CounterpartyId counterparty) {
            return delegate.findByIdentifier(identifier, counterparty);
        }

        @Override
        public List<Customer> findAllById(Collection<CustomerId> ids) {
            return delegate.findAllById(ids);
        }
    }

    private static OpenCifPorts withLoadCustomer(OpenCifPorts p, LoadCustomerPort loadCustomer) {
        return p.toBuilder().loadCustomer(loadCustomer).build();
    }

    private List<Lock> lockedInUnitOfWork(CustomerState customer) {
        return List.of(new Lock(customer.id(), true));
    }

    @Test
    void blacklisting_and_lifting_lock_the_customer_inside_their_unit_of_work() {
        CustomerState customer = data.activeCustomer();
        BlacklistService service = new BlacklistService(context);

        service.blacklist(new BlacklistCustomerCommand(ORIGIN, CustomerRef.number(customer.number()), "sanctions"));
        assertThat(recording.locks).isEqualTo(lockedInUnitOfWork(customer));

        recording.locks.clear();
        service.lift(new LiftBlacklistCommand(ORIGIN, CustomerRef.id(customer.id())));
        assertThat(recording.locks).isEqualTo(lockedInUnitOfWork(customer));
    }

    @Test
    void opening_an_account_locks_the_customer_inside_its_unit_of_work() {
        CustomerState customer = data.activeCustomer();

        new AccountService(context).open(new OpenAccountCommand(ORIGIN, CustomerRef.number(customer.number()), Viewer.bank(),
                ProductType.CURRENT_ACCOUNT, VND, null));

        assertThat(recording.locks).isEqualTo(lockedInUnitOfWork(customer));
    }

    @Test
    void opening_an_account_for_a_customer_the_viewer_may_not_see_is_not_found_even_when_locked() {
        CustomerState customer = data.activeCustomer();
        Viewer otherCounterparty = Viewer.counterparty(new CounterpartyId(UUID.randomUUID()));

        assertThatThrownBy(() -> new AccountService(context).open(new OpenAccountCommand(ORIGIN, CustomerRef.id(customer.id()),
                otherCounterparty, ProductType.CURRENT_ACCOUNT, VND, null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Customer"));
        assertThat(fixture.ports().loadAccount().findByCustomer(customer.id())).isEmpty();
    }

    @Test
    void holding_a_nice_number_and_opening_the_nice_account_lock_the_customer_inside_their_unit_of_work() {
        CustomerState customer = data.activeCustomer();
        NiceNumberService service = new NiceNumberService(context);

        service.hold(new HoldNiceNumberCommand(ORIGIN, CustomerRef.number(customer.number()), NICE, Duration.ofHours(1)));
        assertThat(recording.locks).isEqualTo(lockedInUnitOfWork(customer));

        recording.locks.clear();
        service.open(new OpenNiceAccountCommand(ORIGIN, CustomerRef.number(customer.number()), NICE, ProductType.CURRENT_ACCOUNT, VND));
        assertThat(recording.locks).isEqualTo(lockedInUnitOfWork(customer));
    }

    @Test
    void changing_a_banking_user_locks_its_customer_inside_the_unit_of_work() {
        CustomerState customer = data.activeCustomer();
        data.createBankingUser(customer.id(), "an.nguyen");
        BankingUserService service = new BankingUserService(context);
        BankingUsername username = new BankingUsername("an.nguyen");

        service.update(new UpdateBankingUserStatusCommand(ORIGIN, CustomerRef.number(customer.number()), username,
                BankingUserAction.LOCK, "lost phone"));
        assertThat(recording.locks).isEqualTo(lockedInUnitOfWork(customer));

        recording.locks.clear();
        service.close(new CloseBankingUserCommand(ORIGIN, CustomerRef.number(customer.number()), username));
        assertThat(recording.locks).isEqualTo(lockedInUnitOfWork(customer));
    }

    @Test
    void a_lock_for_an_unknown_customer_is_not_found() {
        CustomerRef unknown = CustomerRef.id(CustomerId.random());

        assertThatThrownBy(() -> new BlacklistService(context).blacklist(new BlacklistCustomerCommand(ORIGIN, unknown, "sanctions")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Customer"));
        assertThatThrownBy(() -> context.customers().requireForUpdate(CustomerRef.number(new CustomerNumber(CustomerNumber.MAX))))
                .isInstanceOf(NotFoundException.class);
        assertThat(recording.locks).extracting(Lock::customer).containsExactly(((CustomerRef.ById) unknown).id());
    }
}
