package dev.opencif.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.customer.CheckIdentifierQuery;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementStatus;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.banking.BankingUserStatus;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.AddressBuilder;
import dev.opencif.testkit.builder.AgreementBuilder;
import dev.opencif.testkit.builder.BankingUserBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.CustomerFilterBuilder;
import dev.opencif.testkit.builder.ProductApplicationBuilder;
import dev.opencif.testkit.builder.TransactionBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import dev.opencif.testkit.usecase.UseCaseFixture;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The test data builders produce valid, unique aggregates, and the use-case fixture wires everything. */
class TestDataBuildersTest {
    private final MutableClock clock = MutableClock.standard();

    @Test
    void generated_tckns_have_valid_check_digits_and_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String tckn = UniqueValues.tckn();
            assertThat(NationalId.turkish(tckn).value()).isEqualTo(tckn);
            seen.add(tckn);
        }
        assertThat(seen).hasSize(1000);
        assertThat(UniqueValues.tcknFrom(100_000_001L)).isEqualTo("10000000146");
    }

    @Test
    void generated_phones_and_cccds_are_valid_and_unique() {
        Set<PhoneNumber> phones = new HashSet<>();
        Set<NationalId> cccds = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            phones.add(UniqueValues.phone());
            cccds.add(UniqueValues.vietnameseId());
        }
        assertThat(phones).hasSize(500);
        assertThat(cccds).hasSize(500);
    }

    @Test
    void a_default_customer_is_an_active_standard_verified_person_with_a_fresh_tckn_and_phone() {
        Customer a = CustomerBuilder.aCustomer().build(clock);
        Customer b = CustomerBuilder.aCustomer().build(clock);

        assertThat(a.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(a.state().kyc().level()).isEqualTo(KycLevel.STANDARD);
        assertThat(a.state().kyc().method()).isEqualTo(KycMethod.IN_BRANCH);
        assertThat(a.version()).isZero();
        assertThat(a.nationalIds()).hasSize(1);
        assertThat(a.phone()).isPresent();
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.number()).isNotEqualTo(b.number());
        assertThat(a.phone()).isNotEqualTo(b.phone());
        assertThat(a.nationalIds()).doesNotContainAnyElementsOf(b.nationalIds());
        assertThat(a.pullEvents()).hasSize(1).first().isInstanceOf(CustomerEvent.Onboarded.class);
    }

    @Test
    void blocked_and_closed_customers_are_reached_through_the_state_machine() {
        Customer blocked = CustomerBuilder.aCustomer().withStatus(CustomerStatus.BLOCKED).build(clock);
        Customer closed = CustomerBuilder.aCustomer().withStatus(CustomerStatus.CLOSED).build(clock);

        assertThat(blocked.status()).isEqualTo(CustomerStatus.BLOCKED);
        assertThat(closed.status()).isEqualTo(CustomerStatus.CLOSED);
        assertThat(blocked.pullEvents()).hasAtLeastOneElementOfType(CustomerEvent.StatusChanged.class);
    }

    @Test
    void a_registration_cannot_start_in_a_non_initial_status() {
        assertThatThrownBy(() -> CustomerBuilder.aCustomer().withStatus(CustomerStatus.BLOCKED).registration())
                .isInstanceOf(ValidationException.class);
        assertThat(CustomerBuilder.aCustomer().withStatus(CustomerStatus.PROSPECT).registration().status())
                .isEqualTo(CustomerStatus.PROSPECT);
    }

    @Test
    void every_builder_option_reaches_the_customer() {
        CounterpartyId counterparty = new CounterpartyId(UUID.randomUUID());
        Address home = AddressBuilder.anAddress().withType(AddressType.HOME).build();
        Customer c = CustomerBuilder.aCustomer().withName("Lan", "Thi", "Nguyen").vietnamese().inCounterparty(counterparty)
                .withSegment("mass").withBranch("001").withLogin("lan.nguyen").withEmail("lan@example.com")
                .withEkycLimit(Money.of("50000000", "VND", 0)).withAddress(home).disabled(true)
                .withBalanceAllowance(Money.of("10.00", "UAH", 2), null).build(clock);

        assertThat(c.state().name().middle()).isEqualTo("Thi");
        assertThat(c.nationalIds()).singleElement().extracting(NationalId::country).hasToString("VN");
        assertThat(c.state().counterparty()).isEqualTo(counterparty);
        assertThat(c.state().segment().value()).isEqualTo("mass");
        assertThat(c.state().branch().value()).isEqualTo("001");
        assertThat(c.login()).isPresent();
        assertThat(c.email()).isPresent();
        assertThat(c.state().kyc().level()).isEqualTo(KycLevel.EKYC);
        assertThat(c.state().kyc().accountLimit()).isEqualTo(Money.of("50000000", "VND", 0));
        assertThat(c.state().addresses()).containsExactly(home);
        assertThat(c.state().disabled()).isTrue();
        assertThat(c.state().balanceAllowance()).isNotNull();
    }

    @Test
    void a_wallet_customer_is_a_nameless_unverified_prospect_with_a_login() {
        CounterpartyId counterparty = new CounterpartyId(UUID.randomUUID());
        Customer c = CustomerBuilder.aWalletCustomer(counterparty).build(clock);

        assertThat(c.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(c.state().kyc().level()).isEqualTo(KycLevel.NONE);
        assertThat(c.state().name().isEmpty()).isTrue();
        assertThat(c.state().identifiers()).singleElement().isEqualTo(c.login().orElseThrow());
        assertThat(c.state().counterparty()).isEqualTo(counterparty);
    }

    @Test
    void saved_customers_get_their_cif_from_the_port_and_are_stored() {
        OpenCifPorts ports = InMemoryAdapters.create(clock).ports();

        Customer saved = CustomerBuilder.aCustomer().savedIn(ports);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.number().value()).isEqualTo(1_000_000_001L);
        assertThat(ports.loadCustomer().findById(saved.id())).isPresent();
    }

    @Test
    void a_default_account_is_an_active_eur_current_account_with_a_matching_valid_iban() {
        Account account = AccountBuilder.anAccount().build(clock);

        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.state().product()).isEqualTo(ProductType.CURRENT_ACCOUNT);
        assertThat(account.state().asset().code().value()).isEqualTo("EUR");
        assertThat(new Iban(account.state().iban().value()).value()).endsWith(account.state().number().value());
        assertThat(AccountBuilder.anAccount().build(clock).state().number()).isNotEqualTo(account.state().number());
    }

    @Test
    void account_options_reach_the_account() {
        CustomerId owner = CustomerId.random();
        Account closed = AccountBuilder.anAccount().ownedBy(owner).withStatus(AccountStatus.CLOSED).build(clock);
        Account blocked = AccountBuilder.anAccount().withBalance("12.34").withStatus(AccountStatus.BLOCKED).build(clock);
        Account wallet = AccountBuilder.anEmoneyWallet("eUAH").build(clock);

        assertThat(closed.state().customerId()).isEqualTo(owner);
        assertThat(closed.state().closedAt()).isEqualTo(clock.instant());
        assertThat(blocked.state().balance()).isEqualTo(Money.of("12.34", "EUR", 2));
        assertThat(blocked.state().blockReason()).isNotBlank();
        assertThat(wallet.state().product()).isEqualTo(ProductType.EMONEY_WALLET);
        assertThat(wallet.state().iban()).isNull();
        assertThat(wallet.state().asset().issuer()).isEqualTo(AccountBuilder.SAMPLE_ISSUER);
    }

    @Test
    void saved_accounts_take_number_and_iban_from_the_ports() {
        OpenCifPorts ports = InMemoryAdapters.create(clock).ports();
        Customer owner = CustomerBuilder.aCustomer().savedIn(ports);

        Account saved = AccountBuilder.anAccount().ownedBy(owner).savedIn(ports);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.state().iban()).isEqualTo(ports.ibans().ibanFor(saved.state().number()));
        assertThat(ports.loadAccount().findByCustomer(owner.id())).extracting(Account::id).containsExactly(saved.id());
    }

    @Test
    void agreements_banking_users_applications_and_transactions_are_built_valid() {
        Agreement consent = AgreementBuilder.anOpenFinanceConsent("svc-1").revoked().build(clock);
        OnlineBankingUser locked = BankingUserBuilder.aBankingUser().lockedBecause("lost phone").build(clock);
        ProductApplication application = ProductApplicationBuilder.aProductApplication().build(clock);
        Transaction transaction = TransactionBuilder.aTransaction().outgoing().build(clock);

        assertThat(consent.state().type()).isEqualTo(AgreementType.OPEN_FINANCE);
        assertThat(consent.state().terms().grantee()).isEqualTo("svc-1");
        assertThat(consent.statusAt(clock.instant())).isEqualTo(AgreementStatus.REVOKED);
        assertThat(locked.status()).isEqualTo(BankingUserStatus.LOCKED);
        assertThat(locked.state().lockReason()).isEqualTo("lost phone");
        assertThat(application.version()).isZero();
        assertThat(transaction.direction()).isEqualTo(Direction.OUTGOING);
        assertThat(transaction.bookedAt()).isEqualTo(clock.instant());
        assertThat(TransactionBuilder.aTransaction().build(clock).externalRef()).isNotEqualTo(transaction.externalRef());
    }

    @Test
    void a_transaction_built_without_clock_needs_its_booking_time() {
        assertThatThrownBy(() -> TransactionBuilder.aTransaction().build()).isInstanceOf(IllegalStateException.class);
        assertThat(TransactionBuilder.aTransaction().bookedAt(clock.instant().minus(Duration.ofDays(1))).build().bookedAt())
                .isEqualTo(clock.instant().minus(Duration.ofDays(1)));
    }

    @Test
    void an_empty_filter_builder_is_the_match_everything_filter() {
        assertThat(CustomerFilterBuilder.aFilter().build()).isEqualTo(CustomerFilter.ALL);
    }

    @Test
    void the_use_case_fixture_wires_a_context_over_the_in_memory_adapters() {
        UseCaseFixture fixture = UseCaseFixture.create();

        assertThat(fixture.ports()).isSameAs(fixture.adapters().ports());
        assertThat(fixture.context().ports()).isSameAs(fixture.ports());
        assertThat(fixture.context().now()).isEqualTo(MutableClock.standard().instant());
        fixture.clock().advance(Duration.ofHours(1));
        assertThat(fixture.context().now()).isEqualTo(MutableClock.standard().instant().plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> fixture.context().validate(new CheckIdentifierQuery(null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("identifier"));
    }
}
