package dev.opencif.testkit.usecase;

import static dev.opencif.testkit.usecase.CustomerServiceTestData.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.agreement.SaveAgreementCommand;
import dev.opencif.application.port.in.agreement.UpdateConsentCommand;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.service.ConsentService;
import dev.opencif.application.service.CustomerService;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.agreement.AgreementEvent;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.agreement.AgreementStatus;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Channel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsentServiceTest {
    private static final Origin CALLACTION = new Origin(Channel.CALLACTION, "req-7", "crm");

    private final UseCaseFixture fixture = UseCaseFixture.create();
    private final CustomerServiceTestData data = new CustomerServiceTestData(fixture);
    private final ConsentService service = new ConsentService(fixture.context());

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private AgreementState consent(CustomerId customer, AgreementType type, boolean granted) {
        return service.update(new UpdateConsentCommand(ORIGIN, CustomerRef.id(customer), type, granted));
    }

    private AgreementState stored(AgreementId id) {
        return fixture.ports().agreements().findById(id).orElseThrow().state();
    }

    private List<AgreementState> agreementsOf(CustomerId customer) {
        return fixture.ports().agreements().findByCustomer(customer).stream().map(a -> a.state()).toList();
    }

    private AgreementTerms contractTerms(String contractNumber) {
        return new AgreementTerms(data.today(), data.today().plusYears(1), "CRM", contractNumber, "ext-" + contractNumber, null);
    }

    @Nested
    class UpdateConsent {
        @Test
        void grants_a_consent_the_customer_never_gave() {
            CustomerState customer = data.activeCustomer();

            AgreementState granted = consent(customer.id(), AgreementType.DATA_PROTECTION, true);

            assertThat(granted.status()).isEqualTo(AgreementStatus.ACTIVE);
            assertThat(granted.customerId()).isEqualTo(customer.id());
            assertThat(granted.terms()).isEqualTo(new AgreementTerms(data.today(), null, "ESB", null, null, null));
            assertThat(granted.grantedChannel()).isEqualTo(Channel.ESB);
            assertThat(granted.grantedAt()).isEqualTo(fixture.clock().instant());
            assertThat(agreementsOf(customer.id())).containsExactly(granted);
            assertThat(fixture.adapters().events().published(AgreementEvent.ConsentGranted.class)).hasSize(1);
            assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer", "update-consent");
        }

        @Test
        void returns_an_active_consent_unchanged() {
            CustomerState customer = data.activeCustomer();
            AgreementState first = consent(customer.id(), AgreementType.DATA_PROTECTION, true);
            int events = fixture.adapters().publishedEvents().size();
            fixture.clock().advance(Duration.ofDays(2));

            AgreementState again = consent(customer.id(), AgreementType.DATA_PROTECTION, true);

            assertThat(again).isEqualTo(first);
            assertThat(agreementsOf(customer.id())).containsExactly(first);
            assertThat(fixture.adapters().publishedEvents()).hasSize(events);
        }

        @Test
        void grants_again_a_revoked_consent_with_fresh_terms() {
            CustomerState customer = data.activeCustomer();
            AgreementState first = consent(customer.id(), AgreementType.DATA_PROTECTION, true);
            consent(customer.id(), AgreementType.DATA_PROTECTION, false);
            fixture.clock().advance(Duration.ofDays(2));

            AgreementState regranted = consent(customer.id(), AgreementType.DATA_PROTECTION, true);

            assertThat(regranted.id()).isEqualTo(first.id());
            assertThat(regranted.status()).isEqualTo(AgreementStatus.ACTIVE);
            assertThat(regranted.grantedAt()).isEqualTo(fixture.clock().instant());
            assertThat(regranted.terms().startDate()).isEqualTo(data.today());
            assertThat(regranted.revokedAt()).isNull();
            assertThat(fixture.adapters().events().published(AgreementEvent.ConsentGranted.class)).hasSize(2);
        }

        @Test
        void renews_an_expired_consent_without_end_date() {
            CustomerState customer = data.activeCustomer();
            AgreementTerms oneWeek = new AgreementTerms(data.today(), data.today().plusDays(7), "CRM", null, null, null);
            AgreementState saved = service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(customer.id()), null, AgreementType.MARKETING, oneWeek));
            fixture.clock().advance(Duration.ofDays(30));

            AgreementState renewed = consent(customer.id(), AgreementType.MARKETING, true);

            assertThat(renewed.id()).isEqualTo(saved.id());
            assertThat(renewed.terms().endDate()).isNull();
            assertThat(renewed.terms().startDate()).isEqualTo(data.today());
            assertThat(stored(saved.id())).isEqualTo(renewed);
        }

        @Test
        void revokes_the_active_consent_through_the_origin_channel() {
            CustomerState customer = data.activeCustomer();
            AgreementState granted = consent(customer.id(), AgreementType.KVKK, true);
            fixture.clock().advance(Duration.ofHours(1));

            AgreementState revoked = consent(customer.id(), AgreementType.KVKK, false);

            assertThat(revoked.id()).isEqualTo(granted.id());
            assertThat(revoked.status()).isEqualTo(AgreementStatus.REVOKED);
            assertThat(revoked.revokedAt()).isEqualTo(fixture.clock().instant());
            assertThat(revoked.revokedChannel()).isEqualTo(Channel.ESB);
            assertThat(stored(granted.id())).isEqualTo(revoked);
            assertThat(fixture.adapters().events().published(AgreementEvent.ConsentRevoked.class)).hasSize(1);
        }

        @Test
        void revokes_only_the_consent_of_the_named_type() {
            CustomerState customer = data.activeCustomer();
            AgreementState kvkk = consent(customer.id(), AgreementType.KVKK, true);
            consent(customer.id(), AgreementType.DATA_PROTECTION, true);

            consent(customer.id(), AgreementType.DATA_PROTECTION, false);

            assertThat(stored(kvkk.id())).isEqualTo(kvkk);
        }

        @Test
        void reports_revoking_a_consent_never_given_as_not_found() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> consent(customer.id(), AgreementType.DATA_PROTECTION, false))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.entity()).isEqualTo("Agreement");
                        assertThat(e.key()).isEqualTo("DATA_PROTECTION");
                    });
            assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer");
        }

        @Test
        void reports_revoking_an_already_revoked_consent_as_not_found() {
            CustomerState customer = data.activeCustomer();
            consent(customer.id(), AgreementType.DATA_PROTECTION, true);
            consent(customer.id(), AgreementType.DATA_PROTECTION, false);

            assertThatThrownBy(() -> consent(customer.id(), AgreementType.DATA_PROTECTION, false)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void reports_an_unknown_customer_as_not_found() {
            assertThatThrownBy(() -> consent(CustomerId.random(), AgreementType.DATA_PROTECTION, true))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Customer"));
        }

        @Test
        void rejects_a_command_without_type_naming_the_field() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> consent(customer.id(), null, true))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("type"));
            assertThat(agreementsOf(customer.id())).isEmpty();
        }
    }

    @Nested
    class SaveAgreement {
        @Test
        void creates_an_agreement_when_no_id_is_given() {
            CustomerState customer = data.activeCustomer();

            AgreementState saved = service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(customer.id()), null,
                    AgreementType.PRODUCT_CONTRACT, contractTerms("C-1")));

            assertThat(saved.version()).isEqualTo(1);
            assertThat(saved.terms().contractNumber()).isEqualTo("C-1");
            assertThat(saved.grantedChannel()).isEqualTo(Channel.CALLACTION);
            assertThat(agreementsOf(customer.id())).containsExactly(saved);
            assertThat(fixture.adapters().events().published(AgreementEvent.AgreementChanged.class)).hasSize(1);
            assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer", "save-agreement");
        }

        @Test
        void amends_the_agreement_with_the_given_id() {
            CustomerState customer = data.activeCustomer();
            AgreementState saved = service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(customer.id()), null,
                    AgreementType.PRODUCT_CONTRACT, contractTerms("C-1")));

            AgreementState amended = service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.number(customer.number()), saved.id(),
                    AgreementType.PRODUCT_CONTRACT, contractTerms("C-2")));

            assertThat(amended.id()).isEqualTo(saved.id());
            assertThat(amended.terms().contractNumber()).isEqualTo("C-2");
            assertThat(amended.version()).isEqualTo(2);
            assertThat(agreementsOf(customer.id())).containsExactly(amended);
        }

        @Test
        void grants_a_service_user_access_through_an_open_finance_agreement() {
            CustomerState customer = data.activeCustomer();
            CustomerService customers = new CustomerService(fixture.context());
            GetCustomerQuery asFintech = new GetCustomerQuery(CustomerRef.id(customer.id()), Viewer.serviceUser("fintech-1"));
            assertThatThrownBy(() -> customers.get(asFintech)).isInstanceOf(NotFoundException.class);

            service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(customer.id()), null, AgreementType.OPEN_FINANCE,
                    new AgreementTerms(data.today(), null, "BLINK", null, null, "fintech-1")));

            assertThat(customers.get(asFintech).id()).isEqualTo(customer.id());
        }

        @Test
        void reports_an_agreement_of_another_customer_as_not_found() {
            CustomerState owner = data.activeCustomer();
            CustomerState other = data.activeCustomer();
            AgreementState saved = service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(owner.id()), null,
                    AgreementType.PRODUCT_CONTRACT, contractTerms("C-1")));

            assertThatThrownBy(() -> service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(other.id()), saved.id(),
                    AgreementType.PRODUCT_CONTRACT, contractTerms("C-2"))))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Agreement"));
            assertThat(stored(saved.id())).isEqualTo(saved);
        }

        @Test
        void reports_an_unknown_agreement_id_as_not_found() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(customer.id()), AgreementId.random(),
                    AgreementType.PRODUCT_CONTRACT, contractTerms("C-1")))).isInstanceOf(NotFoundException.class);
            assertThat(agreementsOf(customer.id())).isEmpty();
        }

        @Test
        void refuses_to_change_the_type_of_an_agreement() {
            CustomerState customer = data.activeCustomer();
            AgreementState saved = service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(customer.id()), null,
                    AgreementType.PRODUCT_CONTRACT, contractTerms("C-1")));

            assertThatThrownBy(() -> service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(customer.id()), saved.id(),
                    AgreementType.MARKETING, contractTerms("C-1"))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("type"));
            assertThat(stored(saved.id())).isEqualTo(saved);
        }

        @Test
        void reports_an_unknown_customer_as_not_found() {
            assertThatThrownBy(() -> service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(CustomerId.random()), null,
                    AgreementType.PRODUCT_CONTRACT, contractTerms("C-1")))).isInstanceOf(NotFoundException.class);
        }

        @Test
        void rejects_a_command_without_terms_naming_the_field() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> service.save(new SaveAgreementCommand(CALLACTION, CustomerRef.id(customer.id()), null,
                    AgreementType.PRODUCT_CONTRACT, null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("terms"));
        }
    }
}
