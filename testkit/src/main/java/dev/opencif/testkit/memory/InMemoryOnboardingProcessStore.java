package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.OnboardingProcessPort;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.onboarding.OnboardingProcessState;
import dev.opencif.domain.onboarding.ProcessId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Digital onboarding processes in memory: one per citizen, ids from a sequence shaped like the inter-API's. */
public final class InMemoryOnboardingProcessStore implements OnboardingProcessPort {
    public static final long FIRST_PROCESS_ID = 2_104_280_309_000_001L;

    private final InMemoryDatabase db;
    private final AtomicLong nextId = new AtomicLong(FIRST_PROCESS_ID);

    InMemoryOnboardingProcessStore(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public ProcessId nextProcessId() {
        return db.locked(() -> {
            ProcessId candidate;
            do {
                candidate = new ProcessId(nextId.getAndIncrement());
            } while (db.processes.containsKey(candidate));
            return candidate;
        });
    }

    @Override
    public Optional<OnboardingProcess> findById(ProcessId id) {
        Objects.requireNonNull(id, "id");
        return db.locked(() -> Optional.ofNullable(db.processes.get(id)).map(OnboardingProcess::restore));
    }

    @Override
    public Optional<OnboardingProcess> findByCitizen(NationalId citizen) {
        Objects.requireNonNull(citizen, "citizen");
        return db.locked(() -> db.processes.values().stream().filter(p -> p.citizen().uniqueKey().equals(citizen.uniqueKey()))
                .findFirst().map(OnboardingProcess::restore));
    }

    @Override
    public OnboardingProcess save(OnboardingProcess process) {
        Objects.requireNonNull(process, "process");
        OnboardingProcessState s = process.state();
        return db.locked(() -> {
            OnboardingProcessState stored = db.processes.get(s.id());
            if (s.version() == 0) {
                if (stored != null) {
                    throw new AlreadyExistsException("OnboardingProcess", s.id().toString());
                }
            } else if (stored == null || stored.version() != s.version()) {
                throw new ConflictException("OnboardingProcess", s.id().toString(), s.version());
            }
            db.requireCustomer(s.customerId());
            boolean citizenTaken = db.processes.values().stream()
                    .anyMatch(p -> !p.id().equals(s.id()) && p.citizen().uniqueKey().equals(s.citizen().uniqueKey()));
            if (citizenTaken) {
                throw new AlreadyExistsException("OnboardingProcess", "citizen " + s.citizen());
            }
            OnboardingProcessState next = new OnboardingProcessState(s.id(), s.citizen(), s.customerId(), s.channel(), s.startedBy(), s.state(),
                    s.selectedAddress(), s.courierSelected(), s.approvedAgent(), s.userCode(), s.startedAt(), s.updatedAt(),
                    s.completedAt(), s.version() + 1);
            OnboardingProcess restored = OnboardingProcess.restore(next);
            db.put(db.processes, next.id(), next);
            return restored;
        });
    }
}
