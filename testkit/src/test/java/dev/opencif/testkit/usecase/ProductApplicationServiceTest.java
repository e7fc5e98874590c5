package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.product.SaveProductApplicationCommand;
import dev.opencif.application.service.ProductApplicationService;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.product.ApplicationStatus;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Money;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductApplicationServiceTest {
    private static final Origin ORIGIN = new Origin(Channel.CALLACTION, "ca-1", "crm");
    private static final URI URL = URI.create("https://loans.example.com/applications/APP-1");
    private static final Money AMOUNT = Money.of("25000.00", "EUR", 2);

    private final UseCaseFixture fx = UseCaseFixture.create();
    private final ProductApplicationService service = new ProductApplicationService(fx.context());

    @Test
    void creates_an_application_keyed_by_the_callers_external_id() {
        Customer customer = customer();

        ProductApplication application = service.save(save(customer, "APP-1", "Car loan", ApplicationStatus.SUBMITTED, AMOUNT));

        assertThat(application.customerId()).isEqualTo(customer.id());
        assertThat(application.externalId()).isEqualTo("APP-1");
        assertThat(application.name()).isEqualTo("Car loan");
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.amount()).isEqualTo(AMOUNT);
        assertThat(application.createdAt()).isEqualTo(fx.clock().instant());
        assertThat(application.version()).isEqualTo(1);
        assertThat(fx.ports().applications().findByExternalId(customer.id(), "APP-1")).contains(application);
        assertThat(operations()).containsExactly("save-application");
    }

    @Test
    void saving_the_same_external_id_again_updates_that_application() {
        Customer customer = customer();
        ProductApplication created = service.save(save(customer, "APP-1", "Car loan", ApplicationStatus.SUBMITTED, AMOUNT));
        Instant createdAt = fx.clock().instant();
        fx.clock().advance(Duration.ofHours(2));

        ProductApplication updated = service.save(save(customer, " APP-1 ", "Car loan (new car)", ApplicationStatus.APPROVED, null));

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.name()).isEqualTo("Car loan (new car)");
        assertThat(updated.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(updated.amount()).isNull();
        assertThat(updated.createdAt()).isEqualTo(createdAt);
        assertThat(updated.updatedAt()).isEqualTo(fx.clock().instant());
        assertThat(updated.version()).isEqualTo(2);
        assertThat(fx.ports().applications().findByCustomer(customer.id())).containsExactly(updated);
        assertThat(operations()).containsExactly("save-application", "save-application");
    }

    @Test
    void the_same_external_id_of_two_customers_names_two_applications() {
        Customer first = customer();
        Customer second = customer();

        ProductApplication a = service.save(save(first, "APP-1", "Car loan", ApplicationStatus.DRAFT, AMOUNT));
        ProductApplication b = service.save(save(second, "APP-1", "Mortgage", ApplicationStatus.DRAFT, AMOUNT));

        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(fx.ports().applications().findByExternalId(first.id(), "APP-1")).contains(a);
        assertThat(fx.ports().applications().findByExternalId(second.id(), "APP-1")).contains(b);
    }

    @Test
    void a_final_application_keeps_its_status() {
        Customer customer = customer();
        service.save(save(customer, "APP-1", "Car loan", ApplicationStatus.REJECTED, AMOUNT));

        assertThatThrownBy(() -> service.save(save(customer, "APP-1", "Car loan", ApplicationStatus.APPROVED, AMOUNT)))
                .isInstanceOfSatisfying(InvalidStateTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo("REJECTED");
                    assertThat(e.to()).isEqualTo("APPROVED");
                });
        ProductApplication renamed = service.save(save(customer, "APP-1", "Car loan (archived)", ApplicationStatus.REJECTED, AMOUNT));
        assertThat(renamed.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(renamed.name()).isEqualTo("Car loan (archived)");
    }

    @Test
    void the_amount_must_be_positive() {
        Customer customer = customer();

        for (String amount : List.of("0", "-10.00")) {
            assertThatThrownBy(() -> service.save(save(customer, "APP-1", "Car loan", ApplicationStatus.DRAFT,
                    Money.of(amount, "EUR", 2))))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount"));
        }
        assertThat(fx.ports().applications().findByCustomer(customer.id())).isEmpty();
    }

    @Test
    void the_url_must_be_absolute() {
        Customer customer = customer();
        SaveProductApplicationCommand command = new SaveProductApplicationCommand(ORIGIN, CustomerRef.id(customer.id()),
                "APP-1", "Car loan", "LOAN", URI.create("/applications/APP-1"), "CRM", ApplicationStatus.DRAFT, null);

        assertThatThrownBy(() -> service.save(command)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("url"));
    }

    @Test
    void an_unknown_customer_is_not_found() {
        SaveProductApplicationCommand command = new SaveProductApplicationCommand(ORIGIN, CustomerRef.id(CustomerId.random()),
                "APP-1", "Car loan", "LOAN", URL, "CRM", ApplicationStatus.DRAFT, null);

        assertThatThrownBy(() -> service.save(command))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Customer"));
        assertThat(operations()).isEmpty();
    }

    @Test
    void names_every_missing_or_blank_field() {
        Customer customer = customer();
        SaveProductApplicationCommand command = new SaveProductApplicationCommand(ORIGIN, CustomerRef.id(customer.id()),
                " ", null, "", null, "CRM", null, null);

        assertThatThrownBy(() -> service.save(command)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("bankingProduct", "externalId", "name", "status", "url"));
    }

    private static SaveProductApplicationCommand save(Customer customer, String externalId, String name,
                                                      ApplicationStatus status, Money amount) {
        return new SaveProductApplicationCommand(ORIGIN, CustomerRef.number(customer.number()), externalId, name, "CAR_LOAN",
                URL, "CRM", status, amount);
    }

    private List<String> operations() {
        return fx.adapters().interactions().all().stream().map(Interaction::operation).toList();
    }

    private Customer customer() {
        return fx.ports().saveCustomer().save(Customer.register(CustomerId.random(),
                fx.ports().customerNumbers().nextCustomerNumber(),
                CustomerRegistration.individual(new PersonName("Ion", "Popescu", null), List.of()), fx.clock().instant()));
    }
}
