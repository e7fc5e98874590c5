package dev.opencif.domain.product;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Money;
import java.net.URI;
import java.time.Instant;

/**
 * An application for a banking product shown at the customer level (callAction
 * FTOS_ACC_CreateUpdateApplication). Keyed by the caller's {@code externalId} per customer; a final
 * application (rejected, cancelled, completed) can no longer change status.
 */
public record ProductApplication(
        ApplicationId id,
        CustomerId customerId,
        String externalId,
        String name,
        String bankingProduct,
        URI url,
        String source,
        ApplicationStatus status,
        Money amount,
        Instant createdAt,
        Instant updatedAt,
        long version) {
    private static final int MAX_URL_LENGTH = 2048;

    public ProductApplication {
        Checks.required(id, "applicationId");
        Checks.required(customerId, "customerInternalId");
        externalId = Checks.text(externalId, "externalId", 100);
        name = Checks.text(name, "name", 200);
        bankingProduct = Checks.text(bankingProduct, "bankingProduct", 100);
        Checks.required(url, "url");
        Checks.that(url.isAbsolute(), "url", "must be an absolute URL");
        Checks.that(url.toString().length() <= MAX_URL_LENGTH, "url", "must be at most " + MAX_URL_LENGTH + " characters");
        source = Checks.text(source, "source", 100);
        Checks.required(status, "businessStatus");
        Checks.that(amount == null || amount.isPositive(), "amount", "must be positive");
        Checks.required(createdAt, "createdAt");
        Checks.required(updatedAt, "updatedAt");
        Checks.that(version >= 0, "version", "must not be negative");
    }

    /** The next state of this application with the details sent by an update. */
    public ProductApplication update(String newName, String newProduct, URI newUrl, String newSource,
                                     ApplicationStatus newStatus, Money newAmount, Instant now) {
        Checks.required(newStatus, "businessStatus");
        if (!status.isPending() && newStatus != status) {
            throw new InvalidStateTransitionException("ProductApplication", status, newStatus);
        }
        return new ProductApplication(id, customerId, externalId, newName, newProduct, newUrl, newSource, newStatus,
                newAmount, createdAt, now, version);
    }
}
