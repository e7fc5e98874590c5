package dev.opencif.application.port.out;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.product.ProductApplication;
import java.util.List;
import java.util.Optional;

/** Stores product applications, unique by customer and external id. */
public interface ProductApplicationPort {

    Optional<ProductApplication> findByExternalId(CustomerId customer, String externalId);

    /** All applications of a customer, oldest first. */
    List<ProductApplication> findByCustomer(CustomerId customer);

    /**
     * Inserts or updates with optimistic locking; returns the stored application, version incremented.
     *
     * @throws dev.opencif.domain.error.AlreadyExistsException when another application has the same customer and external id
     * @throws dev.opencif.domain.error.ConflictException on a stale version
     */
    ProductApplication save(ProductApplication application);
}
