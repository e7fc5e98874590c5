package dev.opencif.application.port.out;

import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores consents and contracts. */
public interface AgreementPort {

    Optional<Agreement> findById(AgreementId id);

    /** All agreements of a customer, oldest first. */
    List<Agreement> findByCustomer(CustomerId customer);

    /**
     * Customers holding an agreement of {@code type} granted to {@code grantee} that is effective at
     * {@code now} (active, started, not past its end date).
     */
    Set<CustomerId> customersWithEffectiveAgreement(AgreementType type, String grantee, Instant now);

    /**
     * Inserts or updates with optimistic locking; returns the stored agreement, version incremented.
     *
     * @throws dev.opencif.domain.error.ConflictException on a stale version
     */
    Agreement save(Agreement agreement);
}
