package dev.opencif.application.port.in.onboarding;

/**
 * Stores the education, job, income, home status, branch and addresses collected during digital
 * onboarding; the process, CIF and citizen must belong together.
 * <p>Seed operation: inter-API {@code UpdateDigitalCustomerInformations}.
 */
public interface UpdateDigitalOnboardingUseCase {

    OnboardingStatus update(UpdateDigitalOnboardingCommand command);
}
