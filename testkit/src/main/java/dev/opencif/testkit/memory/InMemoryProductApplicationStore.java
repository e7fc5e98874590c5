package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.ProductApplicationPort;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.product.ProductApplication;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Product applications in memory, unique by customer and external id, with optimistic versions. */
public final class InMemoryProductApplicationStore implements ProductApplicationPort {
    private final InMemoryDatabase db;

    InMemoryProductApplicationStore(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<ProductApplication> findByExternalId(CustomerId customer, String externalId) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(externalId, "externalId");
        return db.locked(() -> db.applications.values().stream()
                .filter(a -> a.customerId().equals(customer) && a.externalId().equals(externalId.strip())).findFirst());
    }

    @Override
    public List<ProductApplication> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return db.locked(() -> db.applications.values().stream().filter(a -> a.customerId().equals(customer))
                .sorted(Comparator.comparing(ProductApplication::createdAt)).toList());
    }

    @Override
    public ProductApplication save(ProductApplication a) {
        Objects.requireNonNull(a, "application");
        return db.locked(() -> {
            ProductApplication stored = db.applications.get(a.id());
            if (a.version() == 0) {
                if (stored != null) {
                    throw new AlreadyExistsException("ProductApplication", a.id().toString());
                }
            } else if (stored == null || stored.version() != a.version()) {
                throw new ConflictException("ProductApplication", a.id().toString(), a.version());
            }
            db.requireCustomer(a.customerId());
            boolean keyTaken = db.applications.values().stream().anyMatch(o -> !o.id().equals(a.id())
                    && o.customerId().equals(a.customerId()) && o.externalId().equals(a.externalId()));
            if (keyTaken) {
                throw new AlreadyExistsException("ProductApplication", a.externalId());
            }
            ProductApplication next = new ProductApplication(a.id(), a.customerId(), a.externalId(), a.name(),
                    a.bankingProduct(), a.url(), a.source(), a.status(), a.amount(), a.createdAt(), a.updatedAt(), a.version() + 1);
            db.put(db.applications, next.id(), next);
            return next;
        });
    }
}
