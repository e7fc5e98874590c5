package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.AgreementPort;
import dev.opencif.application.shared.ConsentScope;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Consents and contracts in memory, with optimistic versions and the effective-at query. */
public final class InMemoryAgreementStore implements AgreementPort {
    private final InMemoryDatabase db;

    InMemoryAgreementStore(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<Agreement> findById(AgreementId id) {
        Objects.requireNonNull(id, "id");
        return db.locked(() -> Optional.ofNullable(db.agreements.get(id)).map(Agreement::restore));
    }

    @Override
    public List<Agreement> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return db.locked(() -> db.agreements.values().stream().filter(a -> a.customerId().equals(customer))
                .sorted(Comparator.comparing(AgreementState::grantedAt)).map(Agreement::restore).toList());
    }

    @Override
    public boolean isInScope(CustomerId customer, ConsentScope scope) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(scope, "scope");
        return db.locked(() -> db.inScope(customer, scope));
    }

    @Override
    public Agreement save(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        AgreementState s = agreement.state();
        return db.locked(() -> {
            AgreementState stored = db.agreements.get(s.id());
            if (s.version() == 0) {
                if (stored != null) {
                    throw new AlreadyExistsException("Agreement", s.id().toString());
                }
            } else if (stored == null || stored.version() != s.version()) {
                throw new ConflictException("Agreement", s.id().toString(), s.version());
            }
            db.requireCustomer(s.customerId());
            AgreementState next = new AgreementState(s.id(), s.customerId(), s.type(), s.terms(), s.status(), s.grantedAt(),
                    s.grantedChannel(), s.revokedAt(), s.revokedChannel(), s.updatedAt(), s.version() + 1);
            Agreement restored = Agreement.restore(next);
            db.put(db.agreements, next.id(), next);
            return restored;
        });
    }
}
