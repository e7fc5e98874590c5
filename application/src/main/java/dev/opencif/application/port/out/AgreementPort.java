package dev.opencif.application.port.out;

import dev.opencif.application.shared.ConsentScope;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.customer.CustomerId;
import java.util.List;
import java.util.Optional;

/** Stores consents and contracts. */
public interface AgreementPort {

    Optional<Agreement> findById(AgreementId id);

    /** All agreements of a customer, oldest first. */
    List<Agreement> findByCustomer(CustomerId customer);

    /** Whether {@code customer} is in {@code scope}: holds an agreement of its type, granted to its grantee, effective at its instant. */
    boolean isInScope(CustomerId customer, ConsentScope scope);

    /**
     * Inserts or updates with optimistic locking; returns the stored agreement, version incremented.
     *
     * @throws dev.opencif.domain.error.ConflictException on a stale version
     */
    Agreement save(Agreement agreement);
}
