package dev.opencif.testkit.usecase;

import static dev.opencif.testkit.usecase.CustomerServiceTestData.ACME;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.GLOBEX;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.ORIGIN;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.VERIFIED_AT;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.kyc;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.customer.BlacklistCustomerCommand;
import dev.opencif.application.port.in.customer.CheckEkycStatusQuery;
import dev.opencif.application.port.in.customer.CheckIdentifierQuery;
import dev.opencif.application.port.in.customer.EkycStatus;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.port.in.customer.GetKycRecordQuery;
import dev.opencif.application.port.in.customer.IdentifierAvailability;
import dev.opencif.application.port.in.customer.KycRecord;
import dev.opencif.application.port.in.customer.SearchCustomersQuery;
import dev.opencif.application.port.in.customer.UpdateCustomerCommand;
import dev.opencif.application.port.in.customer.UpdateEkycLimitCommand;
import dev.opencif.application.service.BlacklistService;
import dev.opencif.application.service.CustomerService;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.IdentifierType;
import dev.opencif.domain.identifier.Login;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {
    private static final String FINTECH = "fintech-1";

    private final UseCaseFixture fixture = UseCaseFixture.create();
    private final CustomerServiceTestData data = new CustomerServiceTestData(fixture);
    private final CustomerService service = new CustomerService(fixture.context());

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private UpdateCustomerCommand update(CustomerState customer, Viewer viewer, Long expectedVersion, CustomerChanges changes,
                                         CustomerStatus status, KycLevel level) {
        return new UpdateCustomerCommand(ORIGIN, CustomerRef.id(customer.id()), viewer, expectedVersion, changes, status, level, null);
    }

    private CustomerState stored(CustomerId id) {
        return data.load(id).state();
    }

    @Nested
    class Update {
        @Test
        void changes_details_status_and_kyc_level_in_one_saved_version() {
            CustomerState customer = data.activeCustomer();
            fixture.clock().advance(Duration.ofHours(1));

            CustomerState updated = service.update(update(customer, Viewer.bank(), customer.version(),
                    CustomerChanges.none().withName(new PersonName("Binh", "Tran", null)), CustomerStatus.BLOCKED, KycLevel.STANDARD));

            assertThat(updated.name()).isEqualTo(new PersonName("Binh", "Tran", null));
            assertThat(updated.status()).isEqualTo(CustomerStatus.BLOCKED);
            assertThat(updated.kyc().level()).isEqualTo(KycLevel.STANDARD);
            assertThat(updated.kyc().verifiedAt()).isEqualTo(fixture.clock().instant());
            assertThat(updated.version()).isEqualTo(customer.version() + 1);
            assertThat(updated.updatedAt()).isEqualTo(fixture.clock().instant());
            assertThat(stored(customer.id())).isEqualTo(updated);
        }

        @Test
        void publishes_what_changed_and_logs_the_update() {
            CustomerState customer = data.activeCustomer();

            service.update(update(customer, Viewer.bank(), null, CustomerChanges.none().withName(new PersonName("Binh", null, null)),
                    CustomerStatus.BLOCKED, KycLevel.STANDARD));

            assertThat(fixture.adapters().events().published(CustomerEvent.DetailsChanged.class))
                    .singleElement().satisfies(e -> assertThat(e.fields()).containsExactly("name"));
            assertThat(fixture.adapters().events().published(CustomerEvent.StatusChanged.class))
                    .singleElement().satisfies(e -> assertThat(e.to()).isEqualTo(CustomerStatus.BLOCKED));
            assertThat(fixture.adapters().events().published(CustomerEvent.KycChanged.class))
                    .singleElement().satisfies(e -> assertThat(e.level()).isEqualTo(KycLevel.STANDARD));
            assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer", "update-customer");
        }

        @Test
        void keeps_the_verification_method_when_the_level_rises() {
            CustomerState customer = data.activeCustomer();

            CustomerState updated = service.update(update(customer, Viewer.bank(), null, CustomerChanges.none(), null, KycLevel.ENHANCED));

            assertThat(updated.kyc().method()).isEqualTo(KycMethod.EKYC);
        }

        @Test
        void records_a_first_verification_above_ekyc_as_in_branch() {
            CustomerState customer = data.onboard(null, KycProfile.none());

            CustomerState updated = service.update(update(customer, Viewer.bank(), null, CustomerChanges.none(), null, KycLevel.STANDARD));

            assertThat(updated.kyc().method()).isEqualTo(KycMethod.IN_BRANCH);
        }

        @Test
        void records_a_first_verification_at_ekyc_as_ekyc() {
            CustomerState customer = data.onboard(null, KycProfile.none());

            CustomerState updated = service.update(update(customer, Viewer.bank(), null, CustomerChanges.none(), null, KycLevel.EKYC));

            assertThat(updated.kyc().method()).isEqualTo(KycMethod.EKYC);
            assertThat(updated.kyc().verifiedAt()).isEqualTo(fixture.clock().instant());
        }

        @Test
        void leaves_the_verification_untouched_when_the_level_is_the_same() {
            CustomerState customer = data.activeCustomer();
            fixture.clock().advance(Duration.ofDays(1));

            CustomerState updated = service.update(update(customer, Viewer.bank(), null, CustomerChanges.none(), null, KycLevel.EKYC));

            assertThat(updated.kyc()).isEqualTo(customer.kyc());
            assertThat(updated.kyc().verifiedAt()).isEqualTo(VERIFIED_AT);
            assertThat(fixture.adapters().events().published(CustomerEvent.KycChanged.class)).isEmpty();
        }

        @Test
        void accepts_the_stored_version_as_expected_version() {
            CustomerState customer = data.activeCustomer();

            CustomerState updated = service.update(update(customer, Viewer.bank(), 1L,
                    CustomerChanges.none().withName(new PersonName("Binh", null, null)), null, null));

            assertThat(updated.version()).isEqualTo(2);
        }

        @Test
        void rejects_a_stale_expected_version_as_a_conflict_and_changes_nothing() {
            CustomerState customer = data.activeCustomer();
            service.update(update(customer, Viewer.bank(), null, CustomerChanges.none().withName(new PersonName("Binh", null, null)), null, null));
            CustomerState before = stored(customer.id());

            assertThatThrownBy(() -> service.update(update(customer, Viewer.bank(), customer.version(),
                    CustomerChanges.none().withName(new PersonName("Chi", null, null)), null, null)))
                    .isInstanceOf(ConflictException.class);

            assertThat(stored(customer.id())).isEqualTo(before);
        }

        @Test
        void rejects_an_illegal_status_transition_and_changes_nothing() {
            CustomerState customer = data.activeCustomer();
            int events = fixture.adapters().publishedEvents().size();

            assertThatThrownBy(() -> service.update(update(customer, Viewer.bank(), null,
                    CustomerChanges.none().withName(new PersonName("Binh", null, null)), CustomerStatus.CANDIDATE, null)))
                    .isInstanceOfSatisfying(InvalidStateTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo("ACTIVE");
                        assertThat(e.to()).isEqualTo("CANDIDATE");
                    });

            assertThat(stored(customer.id())).isEqualTo(customer);
            assertThat(fixture.adapters().publishedEvents()).hasSize(events);
            assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer");
        }

        @Test
        void rejects_a_phone_held_by_another_customer_and_changes_nothing() {
            CustomerState holder = data.activeCustomer();
            CustomerState customer = data.activeCustomer();
            PhoneNumber taken = (PhoneNumber) holder.identifiers().stream().filter(PhoneNumber.class::isInstance).findFirst().orElseThrow();
            int events = fixture.adapters().publishedEvents().size();

            assertThatThrownBy(() -> service.update(update(customer, Viewer.bank(), null,
                    CustomerChanges.none().withIdentifiers(List.of(taken)), null, null)))
                    .isInstanceOfSatisfying(DuplicateIdentifierException.class, e -> assertThat(e.identifierKind()).isEqualTo("PHONE"));

            assertThat(stored(customer.id())).isEqualTo(customer);
            assertThat(fixture.adapters().publishedEvents()).hasSize(events);
        }

        @Test
        void does_not_let_a_counterparty_update_another_counterpartys_customer() {
            CustomerState customer = data.customerOf(ACME);

            assertThatThrownBy(() -> service.update(update(customer, Viewer.counterparty(GLOBEX), null,
                    CustomerChanges.none().withName(new PersonName("Binh", null, null)), null, null)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(stored(customer.id())).isEqualTo(customer);
        }

        @Test
        void lets_the_owning_counterparty_update_its_customer() {
            CustomerState customer = data.customerOf(ACME);

            CustomerState updated = service.update(update(customer, Viewer.counterparty(ACME), null,
                    CustomerChanges.none().withName(new PersonName("Binh", null, null)), null, null));

            assertThat(updated.name().first()).isEqualTo("Binh");
        }

        @Test
        void reports_an_unknown_customer_as_not_found() {
            assertThatThrownBy(() -> service.update(new UpdateCustomerCommand(ORIGIN, CustomerRef.id(CustomerId.random()),
                    Viewer.bank(), null, CustomerChanges.none(), CustomerStatus.ACTIVE, null, null)))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Customer"));
        }

        @Test
        void rejects_a_command_without_changes_naming_the_field() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> service.update(update(customer, Viewer.bank(), null, null, CustomerStatus.BLOCKED, null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("changes"));
            assertThat(stored(customer.id())).isEqualTo(customer);
        }
    }

    @Nested
    class Visibility {
        @Test
        void shows_the_bank_any_customer() {
            CustomerState customer = data.customerOf(ACME);

            assertThat(service.get(new GetCustomerQuery(CustomerRef.number(customer.number()), Viewer.bank()))).isEqualTo(customer);
        }

        @Test
        void shows_a_counterparty_its_own_customer() {
            CustomerState customer = data.customerOf(ACME);

            assertThat(service.get(new GetCustomerQuery(CustomerRef.id(customer.id()), Viewer.counterparty(ACME)))).isEqualTo(customer);
        }

        @Test
        void hides_a_customer_of_another_counterparty_as_not_found() {
            CustomerState customer = data.customerOf(ACME);

            assertThatThrownBy(() -> service.get(new GetCustomerQuery(CustomerRef.id(customer.id()), Viewer.counterparty(GLOBEX))))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void shows_a_service_user_a_customer_who_consented() {
            CustomerState customer = data.activeCustomer();
            data.grantOpenFinance(customer.id(), FINTECH);

            assertThat(service.get(new GetCustomerQuery(CustomerRef.id(customer.id()), Viewer.serviceUser(FINTECH)))).isEqualTo(customer);
        }

        @Test
        void hides_a_customer_from_a_service_user_without_consent() {
            CustomerState customer = data.activeCustomer();
            data.grantOpenFinance(customer.id(), "another-fintech");

            assertThatThrownBy(() -> service.get(new GetCustomerQuery(CustomerRef.id(customer.id()), Viewer.serviceUser(FINTECH))))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void hides_a_customer_from_a_service_user_once_the_consent_is_revoked() {
            CustomerState customer = data.activeCustomer();
            AgreementId consent = data.grantOpenFinance(customer.id(), FINTECH);
            data.revoke(consent);

            assertThatThrownBy(() -> service.get(new GetCustomerQuery(CustomerRef.id(customer.id()), Viewer.serviceUser(FINTECH))))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void reports_an_unknown_customer_as_not_found() {
            assertThatThrownBy(() -> service.get(new GetCustomerQuery(CustomerRef.id(CustomerId.random()), Viewer.bank())))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void rejects_a_query_without_viewer_naming_the_field() {
            assertThatThrownBy(() -> service.get(new GetCustomerQuery(CustomerRef.id(CustomerId.random()), null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("viewer"));
        }
    }

    @Nested
    class Search {
        private Page<CustomerState> search(Viewer viewer, CustomerFilter filter) {
            return service.search(new SearchCustomersQuery(viewer, filter, CustomerOrdering.CIF_ASC, PageRequest.defaults()));
        }

        @Test
        void limits_a_counterparty_to_its_own_customers_whatever_its_filter_says() {
            CustomerState acme = data.customerOf(ACME);
            data.customerOf(GLOBEX);
            data.activeCustomer();

            Page<CustomerState> page = search(Viewer.counterparty(ACME), CustomerFilter.ALL.withCounterparty(GLOBEX));

            assertThat(page.items()).containsExactly(acme);
            assertThat(page.total()).isEqualTo(1);
        }

        @Test
        void limits_a_service_user_to_the_customers_with_an_effective_consent() {
            CustomerState consenting = data.activeCustomer();
            CustomerState revoked = data.activeCustomer();
            data.activeCustomer();
            data.grantOpenFinance(consenting.id(), FINTECH);
            data.revoke(data.grantOpenFinance(revoked.id(), FINTECH));

            assertThat(search(Viewer.serviceUser(FINTECH), CustomerFilter.ALL).items()).containsExactly(consenting);
        }

        @Test
        void finds_nothing_for_a_service_user_without_any_consent() {
            data.activeCustomer();

            Page<CustomerState> page = search(Viewer.serviceUser(FINTECH), CustomerFilter.ALL);

            assertThat(page.items()).isEmpty();
            assertThat(page.total()).isZero();
        }

        @Test
        void lets_the_bank_search_every_customer_with_its_filter() {
            CustomerState first = data.customerOf(ACME);
            CustomerState second = data.activeCustomer();
            CustomerState unverified = data.onboard(null, KycProfile.none());

            assertThat(search(Viewer.bank(), CustomerFilter.ALL).items()).containsExactly(first, second, unverified);
            CustomerFilter ekycOnly = CustomerFilter.builder().kycLevels(Set.of(KycLevel.EKYC)).build();
            assertThat(search(Viewer.bank(), ekycOnly).items()).containsExactly(first, second);
        }

        @Test
        void rejects_a_query_without_paging_naming_the_field() {
            assertThatThrownBy(() -> service.search(new SearchCustomersQuery(Viewer.bank(), CustomerFilter.ALL, CustomerOrdering.CIF_ASC, null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("page"));
        }
    }

    @Nested
    class KycRecords {
        @Test
        void returns_the_kyc_profile_and_the_blacklisting_flag() {
            CustomerState customer = data.activeCustomer();
            new BlacklistService(fixture.context()).blacklist(new BlacklistCustomerCommand(ORIGIN, CustomerRef.id(customer.id()), "sanctions"));

            KycRecord record = service.get(new GetKycRecordQuery(CustomerRef.id(customer.id()), Viewer.bank()));

            assertThat(record.customerId()).isEqualTo(customer.id());
            assertThat(record.number()).isEqualTo(customer.number());
            assertThat(record.name()).isEqualTo(customer.name());
            assertThat(record.kyc()).isEqualTo(customer.kyc());
            assertThat(record.blacklisted()).isTrue();
        }

        @Test
        void says_a_customer_is_not_blacklisted_when_it_is_not() {
            CustomerState customer = data.activeCustomer();

            assertThat(service.get(new GetKycRecordQuery(CustomerRef.id(customer.id()), Viewer.bank())).blacklisted()).isFalse();
        }

        @Test
        void hides_the_kyc_record_of_an_invisible_customer() {
            CustomerState customer = data.customerOf(ACME);

            assertThatThrownBy(() -> service.get(new GetKycRecordQuery(CustomerRef.id(customer.id()), Viewer.serviceUser(FINTECH))))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class IdentifierAvailabilityCheck {
        @Test
        void reports_a_held_national_id_as_in_use_and_a_new_one_as_free() {
            CustomerState customer = data.activeCustomer();

            IdentifierAvailability held = service.check(new CheckIdentifierQuery(customer.identifiers().get(0), null));
            IdentifierAvailability free = service.check(new CheckIdentifierQuery(data.nextNationalId(), null));

            assertThat(held).isEqualTo(new IdentifierAvailability(IdentifierType.NATIONAL_ID, true));
            assertThat(free).isEqualTo(new IdentifierAvailability(IdentifierType.NATIONAL_ID, false));
        }

        @Test
        void reports_a_held_phone_as_in_use() {
            CustomerState customer = data.activeCustomer();

            assertThat(service.check(new CheckIdentifierQuery(customer.identifiers().get(1), null)).inUse()).isTrue();
            assertThat(service.check(new CheckIdentifierQuery(data.nextPhone(), null)).inUse()).isFalse();
        }

        @Test
        void checks_a_banking_username_against_the_banking_users() {
            CustomerState customer = data.activeCustomer();
            data.createBankingUser(customer.id(), "an.nguyen");

            assertThat(service.check(new CheckIdentifierQuery(new BankingUsername("AN.NGUYEN"), null)))
                    .isEqualTo(new IdentifierAvailability(IdentifierType.BANKING_USERNAME, true));
            assertThat(service.check(new CheckIdentifierQuery(new BankingUsername("binh.tran"), null)).inUse()).isFalse();
        }

        @Test
        void checks_a_login_within_the_counterparty_only() {
            data.onboard(registration(ACME, KycProfile.none(), List.of(new Login("an@acme"))));

            assertThat(service.check(new CheckIdentifierQuery(new Login("an@acme"), ACME)).inUse()).isTrue();
            assertThat(service.check(new CheckIdentifierQuery(new Login("an@acme"), GLOBEX)).inUse()).isFalse();
        }

        @Test
        void rejects_a_query_without_identifier_naming_the_field() {
            assertThatThrownBy(() -> service.check(new CheckIdentifierQuery(null, null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("identifier"));
        }
    }

    @Nested
    class EkycStatusCheck {
        @Test
        void reports_an_unknown_person_as_neither_existing_nor_verified() {
            EkycStatus status = service.check(new CheckEkycStatusQuery(CustomerRef.identifier(data.nextNationalId())));

            assertThat(status).isEqualTo(new EkycStatus(false, false, null, null));
        }

        @Test
        void reports_a_verified_ekyc_customer_as_completed() {
            CustomerState customer = data.activeCustomer();

            EkycStatus status = service.check(new CheckEkycStatusQuery(CustomerRef.identifier(customer.identifiers().get(0))));

            assertThat(status).isEqualTo(new EkycStatus(true, true, KycLevel.EKYC, VERIFIED_AT));
        }

        @Test
        void reports_an_unverified_customer_as_existing_but_not_completed() {
            CustomerState customer = data.onboard(null, KycProfile.none());

            EkycStatus status = service.check(new CheckEkycStatusQuery(CustomerRef.number(customer.number())));

            assertThat(status).isEqualTo(new EkycStatus(true, false, KycLevel.NONE, null));
        }

        @Test
        void counts_a_standard_verification_as_completed() {
            CustomerState customer = data.onboard(null, kyc(KycLevel.STANDARD, KycMethod.IN_BRANCH));

            assertThat(service.check(new CheckEkycStatusQuery(CustomerRef.id(customer.id()))).ekycCompleted()).isTrue();
        }

        @Test
        void rejects_a_query_without_customer_naming_the_field() {
            assertThatThrownBy(() -> service.check(new CheckEkycStatusQuery(null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("customer"));
        }
    }

    @Nested
    class EkycLimit {
        private final Money limit = Money.of("50000000", "VND", 0);

        @Test
        void sets_the_account_limit_of_an_ekyc_customer_and_logs_it() {
            CustomerState customer = data.activeCustomer();

            CustomerState updated = service.update(new UpdateEkycLimitCommand(ORIGIN, CustomerRef.id(customer.id()), limit));

            assertThat(updated.kyc().accountLimit()).isEqualTo(limit);
            assertThat(stored(customer.id()).kyc().accountLimit()).isEqualTo(limit);
            assertThat(fixture.adapters().events().published(CustomerEvent.KycChanged.class)).hasSize(1);
            assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer", "update-ekyc-limit");
        }

        @Test
        void refuses_a_limit_for_a_customer_verified_above_ekyc() {
            CustomerState customer = data.onboard(null, kyc(KycLevel.STANDARD, KycMethod.IN_BRANCH));

            assertThatThrownBy(() -> service.update(new UpdateEkycLimitCommand(ORIGIN, CustomerRef.id(customer.id()), limit)))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("LIMIT_NOT_APPLICABLE"));
            assertThat(stored(customer.id())).isEqualTo(customer);
        }

        @Test
        void refuses_a_limit_for_an_unverified_customer() {
            CustomerState customer = data.onboard(null, KycProfile.none());

            assertThatThrownBy(() -> service.update(new UpdateEkycLimitCommand(ORIGIN, CustomerRef.id(customer.id()), limit)))
                    .isInstanceOf(RuleViolationException.class);
        }

        @Test
        void rejects_a_limit_that_is_not_positive_naming_the_field() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> service.update(new UpdateEkycLimitCommand(ORIGIN, CustomerRef.id(customer.id()), Money.of("0", "VND", 0))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("kyc.accountLimit"));
            assertThat(stored(customer.id())).isEqualTo(customer);
        }

        @Test
        void rejects_a_command_without_limit_naming_the_field() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> service.update(new UpdateEkycLimitCommand(ORIGIN, CustomerRef.id(customer.id()), null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("limit"));
        }

        @Test
        void reports_an_unknown_customer_as_not_found() {
            assertThatThrownBy(() -> service.update(new UpdateEkycLimitCommand(ORIGIN, CustomerRef.id(CustomerId.random()), limit)))
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
