package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.banking.EkycComboResult;
import dev.opencif.application.port.in.banking.OpenEkycComboCommand;
import dev.opencif.application.service.EkycComboService;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.domain.account.AccountEvent;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.banking.BankingUserEvent;
import dev.opencif.domain.banking.BankingUserStatus;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EkycComboServiceTest {
    private static final Origin ORIGIN = new Origin(Channel.ESB, "req-3", "ekyc-app");
    private static final Asset VND = Asset.currency("VND", 0);

    private final UseCaseFixture fx = UseCaseFixture.create();
    private final EkycComboService service = new EkycComboService(fx.context());

    @Test
    void issues_a_cif_a_payment_account_and_a_banking_user_together() {
        EkycComboResult result = service.open(combo(registration("001099012345", "+84912345678"), "lan.tran"));

        assertThat(result.customer().status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(result.customer().kyc().level()).isEqualTo(KycLevel.EKYC);
        assertThat(result.customer().version()).isEqualTo(1);
        assertThat(result.account().customerId()).isEqualTo(result.customer().id());
        assertThat(result.account().product()).isEqualTo(ProductType.EKYC_PAYMENT_ACCOUNT);
        assertThat(result.account().asset()).isEqualTo(VND);
        assertThat(result.account().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(result.account().iban()).isEqualTo(fx.ports().ibans().ibanFor(result.account().number()));
        assertThat(result.bankingUser().customerId()).isEqualTo(result.customer().id());
        assertThat(result.bankingUser().username()).isEqualTo(new BankingUsername("lan.tran"));
        assertThat(result.bankingUser().status()).isEqualTo(BankingUserStatus.ACTIVE);

        assertThat(fx.ports().loadCustomer().findByNumber(result.customer().number())).isPresent();
        assertThat(fx.ports().loadAccount().findByCustomer(result.customer().id())).hasSize(1);
        assertThat(fx.ports().loadBankingUser().findByUsername(new BankingUsername("lan.tran"))).isPresent();
        assertThat(fx.adapters().publishedEvents()).extracting(DomainEvent::getClass).containsExactly(
                CustomerEvent.Onboarded.class, AccountEvent.Opened.class, BankingUserEvent.Created.class);
        assertThat(fx.adapters().interactions().all()).singleElement().satisfies(i -> {
            assertThat(i.operation()).isEqualTo("create-ekyc-account");
            assertThat(i.customerId()).isEqualTo(result.customer().id());
        });
    }

    @Test
    void a_taken_username_leaves_no_customer_account_event_or_log_behind() {
        EkycComboResult first = service.open(combo(registration("001099012345", "+84912345678"), "lan.tran"));
        Snapshot before = snapshot();

        assertThatThrownBy(() -> service.open(combo(registration("001099054321", "+84987654321"), "lan.tran")))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class,
                        e -> assertThat(e.identifierKind()).isEqualTo("BANKING_USERNAME"));

        assertNothingWrittenSince(before, first.account().number());
        assertThat(fx.ports().loadCustomer().findByIdentifier(new PhoneNumber("+84987654321"), null)).isEmpty();
        assertThat(fx.ports().loadCustomer().findByIdentifier(NationalId.vietnamese("001099054321"), null)).isEmpty();
    }

    @Test
    void a_retry_for_the_same_person_answers_the_combo_opened_the_first_time_and_writes_nothing() {
        EkycComboResult first = service.open(combo(registration("001099012345", "+84912345678"), "lan.tran"));
        Snapshot before = snapshot();

        EkycComboResult retry = service.open(combo(registration("001099012345", "+84912345678"), "lan.tran"));

        assertThat(retry).isEqualTo(first);
        assertNothingWrittenSince(before, first.account().number());
    }

    @Test
    void the_same_national_id_with_another_username_is_no_retry_but_a_taken_national_id() {
        service.open(combo(registration("001099012345", "+84912345678"), "lan.tran"));
        assertThatThrownBy(() -> service.open(combo(registration("001099012345", "+84912345678"), "lan.tran2")))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> assertThat(e.identifierKind()).isEqualTo("NATIONAL_ID"));
    }

    @Test
    void a_taken_phone_or_national_id_leaves_nothing_behind() {
        EkycComboResult first = service.open(combo(registration("001099012345", "+84912345678"), "lan.tran"));
        Snapshot before = snapshot();

        assertThatThrownBy(() -> service.open(combo(registration("001099054321", "+84912345678"), "minh.pham")))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> assertThat(e.identifierKind()).isEqualTo("PHONE"));
        assertThatThrownBy(() -> service.open(combo(registration("001099012345", "+84987654321"), "minh.pham")))
                .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> assertThat(e.identifierKind()).isEqualTo("NATIONAL_ID"));

        assertNothingWrittenSince(before, first.account().number());
        assertThat(fx.ports().loadBankingUser().findByUsername(new BankingUsername("minh.pham"))).isEmpty();
    }

    @Test
    void requires_a_registration_verified_by_ekyc() {
        for (KycProfile kyc : List.of(KycProfile.none(),
                KycProfile.none().verifiedAs(KycLevel.STANDARD, KycMethod.IN_BRANCH, fx.clock().instant()))) {
            CustomerRegistration registration = registration("001099012345", "+84912345678", kyc, CustomerStatus.ACTIVE);

            assertThatThrownBy(() -> service.open(combo(registration, "lan.tran")))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("registration.kyc.level"));
        }
        assertThat(customerCount()).isZero();
    }

    @Test
    void requires_an_active_registration() {
        CustomerRegistration prospect = registration("001099012345", "+84912345678", ekyc(), CustomerStatus.PROSPECT);

        assertThatThrownBy(() -> service.open(combo(prospect, "lan.tran")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("registration.status"));
        assertThat(customerCount()).isZero();
    }

    @Test
    void names_every_missing_field_of_the_command() {
        assertThatThrownBy(() -> service.open(new OpenEkycComboCommand(ORIGIN, registration("001099012345", "+84912345678"), null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("accountAsset", "username"));
        assertThat(customerCount()).isZero();
    }

    private record Snapshot(long customers, List<DomainEvent> events, List<Interaction> interactions) {
    }

    private Snapshot snapshot() {
        return new Snapshot(customerCount(), fx.adapters().publishedEvents(), fx.adapters().interactions().all());
    }

    /** Same customers, events and log; and no account number issued after {@code lastIssued} is used by any account. */
    private void assertNothingWrittenSince(Snapshot before, AccountNumber lastIssued) {
        assertThat(customerCount()).isEqualTo(before.customers());
        assertThat(fx.adapters().publishedEvents()).isEqualTo(before.events());
        assertThat(fx.adapters().interactions().all()).isEqualTo(before.interactions());
        long last = Long.parseLong(lastIssued.value());
        List<AccountNumber> later = new ArrayList<>();
        for (long n = last + 1; n <= last + 500; n++) {
            later.add(new AccountNumber(Long.toString(n)));
        }
        assertThat(fx.ports().numberAvailability().unavailableAmong(later, fx.clock().instant())).isEmpty();
    }

    private long customerCount() {
        return fx.ports().searchCustomers().search(CustomerFilter.ALL, CustomerOrdering.CREATED_AT_ASC, PageRequest.first(10)).total();
    }

    private OpenEkycComboCommand combo(CustomerRegistration registration, String username) {
        return new OpenEkycComboCommand(ORIGIN, registration, VND, new BankingUsername(username));
    }

    private KycProfile ekyc() {
        return KycProfile.none().verifiedAs(KycLevel.EKYC, KycMethod.EKYC, fx.clock().instant());
    }

    private CustomerRegistration registration(String nationalId, String phone) {
        return registration(nationalId, phone, ekyc(), CustomerStatus.ACTIVE);
    }

    private static CustomerRegistration registration(String nationalId, String phone, KycProfile kyc, CustomerStatus status) {
        return new CustomerRegistration(CustomerType.INDIVIDUAL, new PersonName("Lan", "Trần", "Thị"), null, status, null,
                null, null, false, kyc, List.of(NationalId.vietnamese(nationalId), new PhoneNumber(phone)), null, null, null);
    }
}
