package dev.opencif.application.port.in.product;

import dev.opencif.domain.product.ProductApplication;

/**
 * Creates or updates a product application shown at the customer level.
 * <p>Seed operation: callAction {@code FTOS_ACC_CreateUpdateApplication}.
 */
public interface SaveProductApplicationUseCase {

    ProductApplication save(SaveProductApplicationCommand command);
}
