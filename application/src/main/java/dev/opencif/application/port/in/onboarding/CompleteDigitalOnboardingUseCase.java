package dev.opencif.application.port.in.onboarding;

/**
 * Completes the digital onboarding flow: the contact customer becomes a real customer as CANDIDATE.
 * <p>Seed operation: inter-API {@code CompleteDigitalCustomer}.
 */
public interface CompleteDigitalOnboardingUseCase {

    OnboardingStatus complete(CompleteDigitalOnboardingCommand command);
}
