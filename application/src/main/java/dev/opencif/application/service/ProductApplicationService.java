package dev.opencif.application.service;

import dev.opencif.application.port.in.product.SaveProductApplicationCommand;
import dev.opencif.application.port.in.product.SaveProductApplicationUseCase;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.product.ApplicationId;
import dev.opencif.domain.product.ProductApplication;
import java.time.Instant;
import java.util.Objects;

/** Creates or updates a customer's product application, keyed by the caller's external id. */
public final class ProductApplicationService implements SaveProductApplicationUseCase {
    private final ServiceContext ctx;
    private final OpenCifPorts ports;

    public ProductApplicationService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = ctx.ports();
    }

    @Override
    public ProductApplication save(SaveProductApplicationCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().require(command.customer());
            Instant now = ctx.now();
            String externalId = command.externalId().strip();
            ProductApplication application = ports.applications().findByExternalId(customer.id(), externalId)
                    .map(existing -> existing.update(command.name(), command.bankingProduct(), command.url(),
                            command.source(), command.status(), command.amount(), now))
                    .orElseGet(() -> new ProductApplication(ApplicationId.random(), customer.id(), externalId,
                            command.name(), command.bankingProduct(), command.url(), command.source(), command.status(),
                            command.amount(), now, now, 0));
            ProductApplication saved = ports.applications().save(application);
            ctx.logInteraction(command.origin(), customer.id(), "save-application");
            return saved;
        });
    }
}
