package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.product.BookLedgerPostingCommand;
import dev.opencif.application.port.in.product.BookTransactionCommand;
import dev.opencif.application.service.TransactionBookingService;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import dev.opencif.domain.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionBookingServiceTest {
    private static final Origin ORIGIN = new Origin(Channel.of("BOOKING_FEED"), null, "ledger");
    private static final Asset EUR = Asset.currency("EUR", 2);

    private final UseCaseFixture fx = UseCaseFixture.create();
    private final TransactionBookingService service = new TransactionBookingService(fx.context());
    private final Instant bookedAt = fx.clock().instant().minus(Duration.ofMinutes(3));

    @Test
    void books_a_transaction_and_applies_it_to_the_accounts_balance() {
        Customer customer = customer();
        AccountState account = account(customer);

        Transaction incoming = service.book(book(customer, account.id(), "TX-1", Direction.INCOMING, eur("1000.00"), null));
        service.book(book(customer, account.id(), "TX-2", Direction.OUTGOING, eur("250.00"), eur("1.50")));

        assertThat(incoming.customerId()).isEqualTo(customer.id());
        assertThat(incoming.accountId()).isEqualTo(account.id());
        assertThat(incoming.indicator()).isEqualTo("TRANSFER");
        assertThat(balance(account)).isEqualTo(eur("748.50"));
        assertThat(fx.ports().transactions().findByExternalRef("TX-1")).contains(incoming);
        assertThat(fx.ports().transactions().findByCustomer(customer.id(), bookedAt, bookedAt.plusSeconds(1)))
                .extracting(Transaction::externalRef).containsExactly("TX-1", "TX-2");
        assertThat(operations()).containsExactly("book-transaction", "book-transaction");
    }

    private BookLedgerPostingCommand posting(String postingId, String account, String amount, String currency) {
        return new BookLedgerPostingCommand(ORIGIN, postingId, account, new java.math.BigDecimal(amount), currency,
                Direction.INCOMING, bookedAt, null, "salary", null);
    }

    @Test
    void a_ledger_posting_is_booked_on_the_account_its_number_or_iban_names_once_per_posting_id() {
        Customer customer = customer();
        AccountState account = account(customer);

        Transaction byNumber = service.book(posting("P-1", account.number().value(), "100.00", "eur"));
        service.book(posting("P-2", account.iban().value(), "20.50", "EUR"));
        Transaction again = service.book(posting("P-1", account.number().value(), "100.00", "EUR"));

        assertThat(again).isEqualTo(byNumber);
        assertThat(byNumber.customerId()).isEqualTo(customer.id());
        assertThat(byNumber.indicator()).isEqualTo("SALARY");
        assertThat(balance(account)).isEqualTo(eur("120.50"));
    }

    @Test
    void a_posting_in_another_currency_or_for_an_unknown_account_is_refused_and_books_nothing() {
        AccountState account = account(customer());

        assertThatThrownBy(() -> service.book(posting("P-3", account.number().value(), "10.00", "USD")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("currency"));
        assertThatThrownBy(() -> service.book(posting("P-4", account.number().value(), "10.001", "EUR")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("amount"));
        assertThatThrownBy(() -> service.book(posting("P-5", "4012999999", "10.00", "EUR"))).isInstanceOf(NotFoundException.class);
        assertThat(balance(account)).isEqualTo(eur("0.00"));
    }

    @Test
    void a_replayed_reference_returns_the_first_booking_and_is_not_applied_twice() {
        Customer customer = customer();
        AccountState account = account(customer);
        Transaction first = service.book(book(customer, account.id(), "TX-1", Direction.INCOMING, eur("1000.00"), null));

        Transaction replay = service.book(book(customer, account.id(), "TX-1", Direction.INCOMING, eur("1000.00"), null));

        assertThat(replay).isEqualTo(first);
        assertThat(balance(account)).isEqualTo(eur("1000.00"));
        assertThat(fx.ports().transactions().findByCustomer(customer.id(), bookedAt, bookedAt.plusSeconds(1))).hasSize(1);
    }

    @Test
    void a_reference_booked_for_another_customer_already_exists() {
        Customer owner = customer();
        Customer other = customer();
        service.book(book(owner, null, "TX-1", Direction.INCOMING, eur("10.00"), null));

        assertThatThrownBy(() -> service.book(book(other, null, "TX-1", Direction.INCOMING, eur("10.00"), null)))
                .isInstanceOfSatisfying(AlreadyExistsException.class, e -> {
                    assertThat(e.entity()).isEqualTo("Transaction");
                    assertThat(e.key()).isEqualTo("TX-1");
                });
        assertThat(fx.ports().transactions().findByCustomer(other.id(), bookedAt, bookedAt.plusSeconds(1))).isEmpty();
    }

    @Test
    void books_a_transaction_without_an_account() {
        Customer customer = customer();

        Transaction transaction = service.book(book(customer, null, "TX-9", Direction.OUTGOING, eur("5.00"), eur("0.10")));

        assertThat(transaction.accountId()).isNull();
        assertThat(fx.ports().transactions().findByExternalRef("TX-9")).contains(transaction);
    }

    @Test
    void an_account_of_another_customer_is_not_found_and_nothing_is_booked() {
        Customer owner = customer();
        Customer other = customer();
        AccountState account = account(owner);

        assertThatThrownBy(() -> service.book(book(other, account.id(), "TX-1", Direction.INCOMING, eur("10.00"), null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Account"));
        assertThatThrownBy(() -> service.book(book(other, AccountId.random(), "TX-1", Direction.INCOMING, eur("10.00"), null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Account"));
        assertThat(fx.ports().transactions().findByExternalRef("TX-1")).isEmpty();
        assertThat(balance(account).isZero()).isTrue();
    }

    @Test
    void a_closed_account_refuses_the_booking_and_nothing_is_recorded() {
        Customer customer = customer();
        AccountState opened = account(customer);
        Account account = fx.ports().loadAccount().findById(opened.id()).orElseThrow();
        account.close(fx.clock().instant());
        fx.ports().saveAccount().save(account);

        assertThatThrownBy(() -> service.book(book(customer, opened.id(), "TX-1", Direction.INCOMING, eur("10.00"), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("ACCOUNT_CLOSED"));
        assertThat(fx.ports().transactions().findByExternalRef("TX-1")).isEmpty();
        assertThat(operations()).isEmpty();
    }

    @Test
    void an_amount_in_another_currency_than_the_account_is_refused() {
        Customer customer = customer();
        AccountState account = account(customer);

        assertThatThrownBy(() -> service.book(book(customer, account.id(), "TX-1", Direction.INCOMING,
                Money.of("10.00", "USD", 2), null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("currency"));
        assertThat(fx.ports().transactions().findByExternalRef("TX-1")).isEmpty();
    }

    @Test
    void the_amount_must_be_positive_and_the_indicator_a_token() {
        Customer customer = customer();

        assertThatThrownBy(() -> service.book(book(customer, null, "TX-1", Direction.INCOMING, eur("0.00"), null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount"));
        BookTransactionCommand badIndicator = new BookTransactionCommand(ORIGIN, CustomerRef.id(customer.id()), null, "TX-2",
                bookedAt, Direction.INCOMING, Scope.INTER, eur("1.00"), null, "card payment!", Channel.of("MOBILE"));
        assertThatThrownBy(() -> service.book(badIndicator)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("indicator"));
    }

    @Test
    void an_unknown_customer_is_not_found() {
        BookTransactionCommand command = new BookTransactionCommand(ORIGIN, CustomerRef.id(CustomerId.random()), null, "TX-1",
                bookedAt, Direction.INCOMING, Scope.INTRA, eur("1.00"), null, "TRANSFER", Channel.of("MOBILE"));

        assertThatThrownBy(() -> service.book(command))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Customer"));
    }

    @Test
    void names_every_missing_or_blank_field() {
        Customer customer = customer();
        BookTransactionCommand command = new BookTransactionCommand(ORIGIN, CustomerRef.id(customer.id()), null, " ",
                null, null, null, null, null, "", null);

        assertThatThrownBy(() -> service.book(command)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("amount", "bookedAt", "channel", "direction", "externalRef", "indicator", "scope"));
    }

    private BookTransactionCommand book(Customer customer, AccountId account, String ref, Direction direction, Money amount,
                                        Money fee) {
        return new BookTransactionCommand(ORIGIN, CustomerRef.number(customer.number()), account, ref, bookedAt, direction,
                Scope.INTRA, amount, fee, "transfer", Channel.of("MOBILE"));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR", 2);
    }

    private Money balance(AccountState account) {
        return fx.ports().loadAccount().findById(account.id()).orElseThrow().state().balance();
    }

    private List<String> operations() {
        return fx.adapters().interactions().all().stream().map(Interaction::operation).toList();
    }

    private AccountState account(Customer owner) {
        AccountNumber number = fx.ports().accountNumbers().nextAccountNumber();
        return fx.ports().saveAccount().save(Account.open(AccountId.random(), number, fx.ports().ibans().ibanFor(number), owner,
                ProductType.CURRENT_ACCOUNT, EUR, fx.clock().instant())).state();
    }

    private Customer customer() {
        KycProfile kyc = KycProfile.none().verifiedAs(KycLevel.STANDARD, KycMethod.IN_BRANCH, fx.clock().instant());
        return fx.ports().saveCustomer().save(Customer.register(CustomerId.random(),
                fx.ports().customerNumbers().nextCustomerNumber(),
                new CustomerRegistration(CustomerType.INDIVIDUAL, new PersonName("Ana", "Ionescu", null), null,
                        CustomerStatus.ACTIVE, null, null, null, false, kyc, List.of(), null, null, null),
                fx.clock().instant()));
    }
}
