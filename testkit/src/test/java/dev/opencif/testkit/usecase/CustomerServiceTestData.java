package dev.opencif.testkit.usecase;

import dev.opencif.application.port.in.customer.ConsentGrant;
import dev.opencif.application.port.in.customer.FirstAccount;
import dev.opencif.application.port.in.customer.OnboardCustomerCommand;
import dev.opencif.application.service.CustomerOnboardingService;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Channel;
import dev.opencif.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Customers, accounts, banking users and consents for the customer use-case tests, stored through the in-memory adapters. */
final class CustomerServiceTestData {
    static final Origin ORIGIN = new Origin(Channel.ESB, "req-42", "esb-client");
    /** A month before the fixture's standard clock. */
    static final Instant VERIFIED_AT = MutableClock.standard().instant().minus(Duration.ofDays(30));
    static final Asset VND = Asset.currency("VND", 0);
    static final CounterpartyId ACME = new CounterpartyId(UUID.fromString("6f1c3a52-1111-4c8e-9a53-0d2c8b7e0001"));
    static final CounterpartyId GLOBEX = new CounterpartyId(UUID.fromString("6f1c3a52-2222-4c8e-9a53-0d2c8b7e0002"));

    private final UseCaseFixture fixture;
    private final CustomerOnboardingService onboarding;
    private final AtomicInteger sequence = new AtomicInteger();

    CustomerServiceTestData(UseCaseFixture fixture) {
        this.fixture = fixture;
        this.onboarding = new CustomerOnboardingService(fixture.context());
    }

    /** A fresh 12-digit CCCD and a fresh Vietnamese mobile number on every call. */
    NationalId nextNationalId() {
        return NationalId.vietnamese(String.format("0790%08d", sequence.incrementAndGet()));
    }

    PhoneNumber nextPhone() {
        return new PhoneNumber(String.format("+8491%07d", sequence.incrementAndGet()));
    }

    static KycProfile kyc(KycLevel level, KycMethod method) {
        return KycProfile.none().verifiedAs(level, method, VERIFIED_AT);
    }

    static CustomerRegistration registration(CounterpartyId counterparty, KycProfile kyc, List<Identifier> identifiers) {
        return new CustomerRegistration(CustomerType.INDIVIDUAL, new PersonName("An", "Nguyen", "Van"),
                LocalDate.of(1990, 5, 17), CustomerStatus.ACTIVE, null, null, counterparty, false, kyc, identifiers,
                null, null, null);
    }

    /** An ACTIVE eKYC customer of the bank with a national id, a phone and an e-mail. */
    CustomerState activeCustomer() {
        return onboard(null, kyc(KycLevel.EKYC, KycMethod.EKYC));
    }

    CustomerState customerOf(CounterpartyId counterparty) {
        return onboard(counterparty, kyc(KycLevel.EKYC, KycMethod.EKYC));
    }

    CustomerState onboard(CounterpartyId counterparty, KycProfile kyc) {
        List<Identifier> identifiers = new ArrayList<>(List.of(nextNationalId(), nextPhone(), new EmailAddress("an.nguyen@example.vn")));
        return onboarding.onboard(new OnboardCustomerCommand(ORIGIN, registration(counterparty, kyc, identifiers), null, List.of()))
                .customer();
    }

    CustomerState onboard(CustomerRegistration registration) {
        return onboarding.onboard(new OnboardCustomerCommand(ORIGIN, registration, null, List.of())).customer();
    }

    Customer load(CustomerId id) {
        return fixture.ports().loadCustomer().findById(id).orElseThrow();
    }

    AccountState openAccount(CustomerId owner) {
        Account account = Account.open(AccountId.random(), fixture.ports().accountNumbers().nextAccountNumber(), null,
                load(owner), ProductType.CURRENT_ACCOUNT, VND, fixture.clock().instant());
        return fixture.ports().saveAccount().save(account).state();
    }

    AccountState blockAccount(AccountState account, String reason) {
        Account stored = fixture.ports().loadAccount().findById(account.id()).orElseThrow();
        stored.block(reason, fixture.clock().instant());
        return fixture.ports().saveAccount().save(stored).state();
    }

    AccountState closeAccount(AccountState account) {
        Account stored = fixture.ports().loadAccount().findById(account.id()).orElseThrow();
        stored.close(fixture.clock().instant());
        return fixture.ports().saveAccount().save(stored).state();
    }

    BankingUserState createBankingUser(CustomerId owner, String username) {
        OnlineBankingUser user = OnlineBankingUser.create(BankingUserId.random(), load(owner), new BankingUsername(username),
                fixture.clock().instant());
        return fixture.ports().saveBankingUser().save(user).state();
    }

    BankingUserState lockBankingUser(BankingUserState user, String reason) {
        OnlineBankingUser stored = fixture.ports().loadBankingUser().findById(user.id()).orElseThrow();
        stored.lock(reason, fixture.clock().instant());
        return fixture.ports().saveBankingUser().save(stored).state();
    }

    /** Grants {@code serviceUser} an OPEN_FINANCE consent to the customer's data, effective from today. */
    AgreementId grantOpenFinance(CustomerId customer, String serviceUser) {
        AgreementTerms terms = new AgreementTerms(today(), null, "BLINK", null, null, serviceUser);
        Agreement agreement = Agreement.grant(AgreementId.random(), customer, AgreementType.OPEN_FINANCE, terms,
                Channel.BLINK, fixture.clock().instant());
        return fixture.ports().agreements().save(agreement).id();
    }

    void revoke(AgreementId id) {
        Agreement agreement = fixture.ports().agreements().findById(id).orElseThrow();
        agreement.revoke(Channel.BLINK, fixture.clock().instant());
        fixture.ports().agreements().save(agreement);
    }

    LocalDate today() {
        return LocalDate.ofInstant(fixture.clock().instant(), ZoneOffset.UTC);
    }

    long customerCount() {
        return fixture.ports().searchCustomers().search(CustomerFilter.ALL, CustomerOrdering.CIF_ASC, PageRequest.first(1)).total();
    }

    List<String> operationsLoggedFor(CustomerId customer) {
        return fixture.adapters().interactions().all().stream()
                .filter(i -> i.customerId().equals(customer))
                .map(Interaction::operation)
                .toList();
    }

    static FirstAccount wallet() {
        return new FirstAccount(ProductType.EMONEY_WALLET, VND, null);
    }

    static ConsentGrant consent(AgreementType type, LocalDate start) {
        return new ConsentGrant(type, new AgreementTerms(start, null, "ESB", null, null, null));
    }
}
