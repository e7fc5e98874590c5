package dev.opencif.application.port.out;

import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.onboarding.ProcessId;
import java.util.Optional;

/** Stores digital onboarding processes: one per citizen, ids issued here. */
public interface OnboardingProcessPort {

    ProcessId nextProcessId();

    Optional<OnboardingProcess> findById(ProcessId id);

    Optional<OnboardingProcess> findByCitizen(NationalId citizen);

    /**
     * Inserts or updates with optimistic locking; returns the stored process, version incremented.
     *
     * @throws dev.opencif.domain.error.AlreadyExistsException when the citizen already has a process
     * @throws dev.opencif.domain.error.ConflictException on a stale version
     */
    OnboardingProcess save(OnboardingProcess process);
}
