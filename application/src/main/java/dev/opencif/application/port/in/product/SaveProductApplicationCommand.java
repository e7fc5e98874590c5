package dev.opencif.application.port.in.product;

import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.product.ApplicationStatus;
import dev.opencif.domain.shared.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;

/** Create or update (by {@code externalId}) a customer's product application. */
public record SaveProductApplicationCommand(
        @NotNull Origin origin,
        @NotNull CustomerRef customer,
        @NotBlank String externalId,
        @NotBlank String name,
        @NotBlank String bankingProduct,
        @NotNull URI url,
        @NotBlank String source,
        @NotNull ApplicationStatus status,
        Money amount) {
}
