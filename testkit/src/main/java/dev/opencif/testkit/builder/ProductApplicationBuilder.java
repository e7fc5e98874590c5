package dev.opencif.testkit.builder;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.product.ApplicationId;
import dev.opencif.domain.product.ApplicationStatus;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Builds product applications for tests: by default a SUBMITTED personal-loan application with a unique external id. */
public final class ProductApplicationBuilder {
    private ApplicationId id;
    private CustomerId customer;
    private String externalId;
    private String name = "Personal loan";
    private String bankingProduct = "PERSONAL_LOAN";
    private URI url = URI.create("https://loans.bank.example/applications/1");
    private String source = "CRM";
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;
    private Money amount = Money.of("15000.00", "EUR", 2);

    private ProductApplicationBuilder() {
    }

    public static ProductApplicationBuilder aProductApplication() {
        return new ProductApplicationBuilder();
    }

    public ProductApplicationBuilder withId(ApplicationId value) {
        id = value;
        return this;
    }

    public ProductApplicationBuilder forCustomer(CustomerId value) {
        customer = value;
        return this;
    }

    public ProductApplicationBuilder withExternalId(String value) {
        externalId = value;
        return this;
    }

    public ProductApplicationBuilder named(String value) {
        name = value;
        return this;
    }

    public ProductApplicationBuilder forProduct(String value) {
        bankingProduct = value;
        return this;
    }

    public ProductApplicationBuilder withStatus(ApplicationStatus value) {
        status = Objects.requireNonNull(value, "status");
        return this;
    }

    public ProductApplicationBuilder withAmount(Money value) {
        amount = value;
        return this;
    }

    /** A never-stored application (version 0) created at {@code clock}'s time. */
    public ProductApplication build(Clock clock) {
        Instant now = clock.instant();
        return new ProductApplication(id != null ? id : ApplicationId.random(), customer != null ? customer : CustomerId.random(),
                externalId != null ? externalId : UniqueValues.reference("APP"), name, bankingProduct, url, source, status,
                amount, now, now, 0);
    }
}
