package dev.opencif.application.port.in.customer;

/**
 * Checks whether a person completed eKYC identification during onboarding.
 * <p>Seed operation: ESB {@code valid-ekyc-customer}.
 */
public interface CheckEkycStatusUseCase {

    EkycStatus check(CheckEkycStatusQuery query);
}
