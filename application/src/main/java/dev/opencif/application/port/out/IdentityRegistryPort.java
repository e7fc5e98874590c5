package dev.opencif.application.port.out;

import dev.opencif.domain.identifier.NationalId;
import java.util.Optional;

/**
 * The citizen registry (Turkey's KPS/MERNIS, Vietnam's national population database): personal data
 * and the registered address of a national id. Digital onboarding takes names, birth date and
 * address from here, never from the caller.
 */
public interface IdentityRegistryPort {

    Optional<CitizenRecord> lookup(NationalId citizen);
}
