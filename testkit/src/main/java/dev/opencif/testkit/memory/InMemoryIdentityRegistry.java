package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.CitizenRecord;
import dev.opencif.application.port.out.IdentityRegistryPort;
import dev.opencif.domain.identifier.NationalId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A citizen registry tests fill by hand: what KPS/MERNIS or the national population database would answer. */
public final class InMemoryIdentityRegistry implements IdentityRegistryPort {
    private final Map<String, CitizenRecord> citizens = new ConcurrentHashMap<>();

    /** Adds or replaces the record of a citizen. */
    public InMemoryIdentityRegistry register(CitizenRecord record) {
        Objects.requireNonNull(record, "record");
        citizens.put(record.citizen().uniqueKey(), record);
        return this;
    }

    @Override
    public Optional<CitizenRecord> lookup(NationalId citizen) {
        Objects.requireNonNull(citizen, "citizen");
        return Optional.ofNullable(citizens.get(citizen.uniqueKey()));
    }
}
