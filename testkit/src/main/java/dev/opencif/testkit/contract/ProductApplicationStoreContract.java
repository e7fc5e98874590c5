package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.product.ApplicationStatus;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.Money;
import dev.opencif.testkit.builder.ProductApplicationBuilder;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.ProductApplicationPort}: unique per customer and external id,
 * optimistic locking, oldest first.
 */
public abstract class ProductApplicationStoreContract extends PortContract {

    private ProductApplication insert(ProductApplicationBuilder builder) {
        return ports.applications().save(builder.build(clock));
    }

    private ProductApplication load(CustomerId customer, String externalId) {
        return ports.applications().findByExternalId(customer, externalId).orElseThrow();
    }

    @Test
    public void stores_a_new_application_with_version_one_and_finds_it_by_customer_and_external_id() {
        CustomerId customer = storedCustomer().id();
        ProductApplication application = ProductApplicationBuilder.aProductApplication().forCustomer(customer)
                .withExternalId("LOAN-1").build(clock);

        ProductApplication saved = ports.applications().save(application);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved).usingRecursiveComparison().ignoringFields("version").isEqualTo(application);
        assertThat(load(customer, "LOAN-1")).isEqualTo(saved);
        assertThat(ports.applications().findByExternalId(customer, "LOAN-2")).isEmpty();
        assertThat(ports.applications().findByExternalId(CustomerId.random(), "LOAN-1")).isEmpty();
    }

    @Test
    public void round_trips_an_application_without_amount() {
        CustomerId customer = storedCustomer().id();
        ProductApplication saved = insert(ProductApplicationBuilder.aProductApplication().forCustomer(customer)
                .withAmount(null).withStatus(ApplicationStatus.DRAFT));

        assertThat(load(customer, saved.externalId())).isEqualTo(saved);
    }

    @Test
    public void an_update_stores_the_change_and_increments_the_version() {
        CustomerId customer = storedCustomer().id();
        ProductApplication saved = insert(ProductApplicationBuilder.aProductApplication().forCustomer(customer));
        tick(Duration.ofHours(2));
        ProductApplication changed = load(customer, saved.externalId()).update("Car loan", "CAR_LOAN",
                URI.create("https://loans.bank.example/applications/2"), "BRANCH", ApplicationStatus.APPROVED,
                Money.of("9000.00", "EUR", 2), now());

        ProductApplication updated = ports.applications().save(changed);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(load(customer, saved.externalId())).isEqualTo(updated);
        assertThat(updated.status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    public void a_stale_update_is_rejected_with_conflict_and_the_first_update_survives() {
        CustomerId customer = storedCustomer().id();
        ProductApplication saved = insert(ProductApplicationBuilder.aProductApplication().forCustomer(customer));
        ProductApplication first = load(customer, saved.externalId()).update(saved.name(), saved.bankingProduct(), saved.url(),
                saved.source(), ApplicationStatus.REJECTED, saved.amount(), now());
        ProductApplication second = load(customer, saved.externalId()).update(saved.name(), saved.bankingProduct(), saved.url(),
                saved.source(), ApplicationStatus.APPROVED, saved.amount(), now());
        ports.applications().save(first);

        assertThatThrownBy(() -> ports.applications().save(second)).isInstanceOf(ConflictException.class);

        assertThat(load(customer, saved.externalId()).status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    public void refuses_another_application_with_the_same_customer_and_external_id() {
        CustomerId customer = storedCustomer().id();
        ProductApplication first = insert(ProductApplicationBuilder.aProductApplication().forCustomer(customer)
                .withExternalId("DUP-1"));
        ProductApplication second = ProductApplicationBuilder.aProductApplication().forCustomer(customer)
                .withExternalId("DUP-1").named("Other").build(clock);

        assertThatThrownBy(() -> ports.applications().save(second)).isInstanceOf(AlreadyExistsException.class);

        assertThat(load(customer, "DUP-1")).isEqualTo(first);
        assertThat(ports.applications().findByCustomer(customer)).hasSize(1);
    }

    @Test
    public void the_same_external_id_is_allowed_for_another_customer() {
        insert(ProductApplicationBuilder.aProductApplication().forCustomer(storedCustomer().id()).withExternalId("SHARED-1"));

        ProductApplication other = insert(ProductApplicationBuilder.aProductApplication().forCustomer(storedCustomer().id())
                .withExternalId("SHARED-1"));

        assertThat(other.version()).isEqualTo(1);
    }

    @Test
    public void lists_a_customers_applications_oldest_first() {
        CustomerId customer = storedCustomer().id();
        ProductApplication first = insert(ProductApplicationBuilder.aProductApplication().forCustomer(customer));
        tick(Duration.ofMinutes(1));
        ProductApplication second = insert(ProductApplicationBuilder.aProductApplication().forCustomer(customer));
        insert(ProductApplicationBuilder.aProductApplication().forCustomer(storedCustomer().id()));

        assertThat(ports.applications().findByCustomer(customer)).containsExactly(first, second);
        assertThat(ports.applications().findByCustomer(CustomerId.random())).isEmpty();
    }
}
