package dev.opencif.application.port.in.onboarding;

/**
 * Creates a contact customer (PROSPECT) from the identity registry's data for a citizen and starts the
 * onboarding flow; when the citizen already has a flow, returns it unchanged. Records FATCA/US-person
 * flags and the KVKK approval as an agreement.
 * <p>Seed operation: inter-API {@code CreateDigitalCustomer}.
 */
public interface StartDigitalOnboardingUseCase {

    OnboardingStatus start(StartDigitalOnboardingCommand command);
}
