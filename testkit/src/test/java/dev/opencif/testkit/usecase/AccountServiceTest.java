package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.account.ListAccountsQuery;
import dev.opencif.application.port.in.account.OpenAccountCommand;
import dev.opencif.application.service.AccountService;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.account.AccountEvent;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.CountryCode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountServiceTest {
    private static final Origin ORIGIN = new Origin(Channel.ESB, "req-1", "teller");
    private static final Asset VND = Asset.currency("VND", 0);
    private static final String ISSUER = "G" + "A".repeat(55);
    private static final Asset UAH = new Asset(AssetCode.of("UAH"), ISSUER, 2, "Hryvnia", "UAH");
    private static final Asset EUR = new Asset(AssetCode.of("EUR"), ISSUER, 2, "Euro", "EUR");

    private final UseCaseFixture fx = UseCaseFixture.create();
    private final AccountService service = new AccountService(fx.context());

    @Test
    void opens_a_current_account_with_an_issued_number_and_its_iban() {
        Customer customer = customer(KycLevel.STANDARD, null);

        AccountState account = service.open(open(customer, ProductType.CURRENT_ACCOUNT, VND, null, Viewer.bank()));

        assertThat(account.number().value()).hasSize(fx.ports().accountNumbers().accountNumberLength());
        assertThat(account.iban()).isEqualTo(fx.ports().ibans().ibanFor(account.number()));
        assertThat(account.customerId()).isEqualTo(customer.id());
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.balance().isZero()).isTrue();
        assertThat(account.version()).isEqualTo(1);
        assertThat(fx.ports().loadAccount().findById(account.id())).isPresent();
        assertThat(fx.adapters().events().published(AccountEvent.Opened.class))
                .singleElement().satisfies(e -> assertThat(e.accountId()).isEqualTo(account.id()));
        assertThat(fx.adapters().interactions().all()).singleElement().satisfies(i -> {
            assertThat(i.operation()).isEqualTo("open-account");
            assertThat(i.customerId()).isEqualTo(customer.id());
            assertThat(i.channel()).isEqualTo(Channel.ESB);
            assertThat(i.requestId()).isEqualTo("req-1");
        });
    }

    @Test
    void keeps_the_iban_the_caller_sends() {
        Customer customer = customer(KycLevel.STANDARD, null);
        Iban given = Iban.of(CountryCode.of("LT"), "7300099999999999");

        AccountState account = service.open(open(customer, ProductType.CURRENT_ACCOUNT, VND, given, Viewer.bank()));

        assertThat(account.iban()).isEqualTo(given);
    }

    @Test
    void refuses_an_iban_of_this_bank_the_caller_sends_and_writes_nothing() {
        Customer customer = customer(KycLevel.STANDARD, null);
        Iban issuedLater = fx.ports().ibans().ibanFor(new AccountNumber("1234567890"));

        assertThatThrownBy(() -> service.open(open(customer, ProductType.CURRENT_ACCOUNT, VND, issuedLater, Viewer.bank())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("iban");
                    assertThat(f.message()).isEqualTo("is an IBAN of this bank: leave it out to have one issued");
                }));
        assertThatThrownBy(() -> service.open(open(customer, ProductType.CURRENT_ACCOUNT, VND,
                Iban.of(CountryCode.of("LT"), "6008099999999999"), Viewer.bank())))
                .isInstanceOf(ValidationException.class);
        assertThat(fx.ports().loadAccount().findByCustomer(customer.id())).isEmpty();
        assertThat(fx.ports().loadAccount().findByIban(issuedLater)).isEmpty();
        assertThat(fx.adapters().events().published(AccountEvent.Opened.class)).isEmpty();
        assertThat(fx.adapters().interactions().all()).isEmpty();
    }

    @Test
    void keeps_an_iban_with_this_banks_code_in_another_country() {
        Customer customer = customer(KycLevel.STANDARD, null);
        Iban foreign = Iban.of(CountryCode.of("EE"), "6008099999999999");

        assertThat(service.open(open(customer, ProductType.CURRENT_ACCOUNT, VND, foreign, Viewer.bank())).iban()).isEqualTo(foreign);
    }

    @Test
    void rejects_an_iban_another_account_has_and_writes_nothing() {
        Customer customer = customer(KycLevel.STANDARD, null);
        Iban given = Iban.of(CountryCode.of("LT"), "7300099999999999");
        service.open(open(customer, ProductType.CURRENT_ACCOUNT, VND, given, Viewer.bank()));

        assertThatThrownBy(() -> service.open(open(customer, ProductType.SAVINGS_ACCOUNT, VND, given, Viewer.bank())))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class,
                        e -> assertThat(e.identifierKind()).isEqualTo("IBAN"));
        assertThat(fx.ports().loadAccount().findByCustomer(customer.id())).hasSize(1);
        assertThat(fx.adapters().events().published(AccountEvent.Opened.class)).hasSize(1);
        assertThat(fx.adapters().interactions().all()).hasSize(1);
    }

    @Test
    void opens_one_emoney_wallet_per_asset_only() {
        Customer customer = customer(KycLevel.NONE, null);
        service.open(open(customer, ProductType.EMONEY_WALLET, UAH, null, Viewer.bank()));

        assertThatThrownBy(() -> service.open(open(customer, ProductType.EMONEY_WALLET, UAH, null, Viewer.bank())))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class,
                        e -> assertThat(e.identifierKind()).isEqualTo("ASSET_ACCOUNT"));
        AccountState euros = service.open(open(customer, ProductType.EMONEY_WALLET, EUR, null, Viewer.bank()));

        assertThat(euros.asset()).isEqualTo(EUR);
        assertThat(fx.ports().loadAccount().findByCustomer(customer.id())).extracting(a -> a.state().asset())
                .containsExactly(UAH, EUR);
    }

    @Test
    void lets_two_customers_each_hold_a_wallet_of_the_same_asset() {
        Customer first = customer(KycLevel.NONE, null);
        Customer second = customer(KycLevel.NONE, null);

        service.open(open(first, ProductType.EMONEY_WALLET, UAH, null, Viewer.bank()));
        service.open(open(second, ProductType.EMONEY_WALLET, UAH, null, Viewer.bank()));

        assertThat(fx.ports().loadAccount().findByCustomer(second.id())).hasSize(1);
    }

    @Test
    void refuses_a_payment_account_below_the_kyc_level_it_needs() {
        Customer customer = customer(KycLevel.NONE, null);

        assertThatThrownBy(() -> service.open(open(customer, ProductType.CURRENT_ACCOUNT, VND, null, Viewer.bank())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("KYC_LEVEL_TOO_LOW"));
        assertThat(fx.ports().loadAccount().findByCustomer(customer.id())).isEmpty();
    }

    @Test
    void refuses_a_closed_customer() {
        Customer customer = customer(KycLevel.STANDARD, null);
        customer.changeStatus(CustomerStatus.CLOSED, fx.clock().instant());
        fx.ports().saveCustomer().save(customer);

        assertThatThrownBy(() -> service.open(open(customer, ProductType.CURRENT_ACCOUNT, VND, null, Viewer.bank())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("CUSTOMER_NOT_ELIGIBLE"));
        assertThat(fx.adapters().interactions().all()).isEmpty();
    }

    @Test
    void reports_an_unknown_customer_as_not_found() {
        OpenAccountCommand command = new OpenAccountCommand(ORIGIN, CustomerRef.id(CustomerId.random()), Viewer.bank(),
                ProductType.CURRENT_ACCOUNT, VND, null);

        assertThatThrownBy(() -> service.open(command))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Customer"));
    }

    @Test
    void hides_the_customer_of_another_counterparty() {
        CounterpartyId owner = new CounterpartyId(UUID.randomUUID());
        CounterpartyId stranger = new CounterpartyId(UUID.randomUUID());
        Customer customer = customer(KycLevel.NONE, owner);

        assertThatThrownBy(() -> service.open(open(customer, ProductType.EMONEY_WALLET, UAH, null, Viewer.counterparty(stranger))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Customer"));
        assertThatThrownBy(() -> service.list(new ListAccountsQuery(CustomerRef.id(customer.id()), Viewer.counterparty(stranger), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.ports().loadAccount().findByCustomer(customer.id())).isEmpty();

        service.open(open(customer, ProductType.EMONEY_WALLET, UAH, null, Viewer.counterparty(owner)));
        assertThat(service.list(new ListAccountsQuery(CustomerRef.id(customer.id()), Viewer.counterparty(owner), null))).hasSize(1);
    }

    @Test
    void names_every_missing_field_of_the_command() {
        Customer customer = customer(KycLevel.STANDARD, null);
        OpenAccountCommand command = new OpenAccountCommand(ORIGIN, CustomerRef.id(customer.id()), null, null, null, null);

        assertThatThrownBy(() -> service.open(command))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("asset", "product", "viewer"));
    }

    @Test
    void lists_a_customers_accounts_oldest_first() {
        Customer customer = customer(KycLevel.STANDARD, null);
        Customer other = customer(KycLevel.STANDARD, null);
        AccountState first = service.open(open(customer, ProductType.CURRENT_ACCOUNT, VND, null, Viewer.bank()));
        fx.clock().advance(Duration.ofMinutes(5));
        AccountState second = service.open(open(customer, ProductType.SAVINGS_ACCOUNT, VND, null, Viewer.bank()));
        service.open(open(other, ProductType.CURRENT_ACCOUNT, VND, null, Viewer.bank()));

        List<AccountState> accounts = service.list(new ListAccountsQuery(CustomerRef.number(customer.number()), Viewer.bank(), null));

        assertThat(accounts).extracting(AccountState::id).containsExactly(first.id(), second.id());
    }

    @Test
    void filters_the_list_by_iban() {
        Customer customer = customer(KycLevel.STANDARD, null);
        service.open(open(customer, ProductType.CURRENT_ACCOUNT, VND, null, Viewer.bank()));
        AccountState second = service.open(open(customer, ProductType.SAVINGS_ACCOUNT, VND, null, Viewer.bank()));
        CustomerRef ref = CustomerRef.id(customer.id());

        assertThat(service.list(new ListAccountsQuery(ref, Viewer.bank(), second.iban())))
                .extracting(AccountState::id).containsExactly(second.id());
        assertThat(service.list(new ListAccountsQuery(ref, Viewer.bank(), Iban.of(CountryCode.of("LT"), "6008011111111111"))))
                .isEmpty();
    }

    @Test
    void listing_an_unknown_customer_is_not_found() {
        assertThatThrownBy(() -> service.list(new ListAccountsQuery(CustomerRef.id(CustomerId.random()), Viewer.bank(), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void listing_without_a_viewer_names_the_field() {
        assertThatThrownBy(() -> service.list(new ListAccountsQuery(CustomerRef.id(CustomerId.random()), null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("viewer"));
    }

    private OpenAccountCommand open(Customer customer, ProductType product, Asset asset, Iban iban, Viewer viewer) {
        return new OpenAccountCommand(ORIGIN, CustomerRef.id(customer.id()), viewer, product, asset, iban);
    }

    private Customer customer(KycLevel level, CounterpartyId counterparty) {
        KycProfile kyc = level == KycLevel.NONE ? KycProfile.none()
                : KycProfile.none().verifiedAs(level, KycMethod.IN_BRANCH, fx.clock().instant());
        CustomerRegistration registration = new CustomerRegistration(CustomerType.INDIVIDUAL,
                new PersonName("Lan", "Tran", null), null, CustomerStatus.ACTIVE, null, null, counterparty, false, kyc,
                List.of(), null, null, null);
        return fx.ports().saveCustomer().save(Customer.register(CustomerId.random(),
                fx.ports().customerNumbers().nextCustomerNumber(), registration, fx.clock().instant()));
    }
}
